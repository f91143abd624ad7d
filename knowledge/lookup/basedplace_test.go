package lookup

import "testing"

// cannerySale is a short article written for this test, in no question
// set: where a company is based is told only by a "Name-based" compound.
const cannerySale = `Fish cannery to close

ASTORIA, Ore. (AP) — Pelican Seafood Co. will close its Astoria cannery in June, the company said Monday.

The Seattle-based company plans to move 60 of the plant's 210 workers to other sites. Plant manager Ruth Calder said she would retire.
`

func TestBasedPlace(t *testing.T) {
	e := engineOf(t, cannerySale)
	checkAnswers(t, e, []answerCase{
		// the compound names the base, not the dateline's town
		{"where is pelican seafood based", []string{"Seattle."}, []string{"Astoria"}},
		{"where is the company based", []string{"Seattle."}, nil},
		// a where-question about another act is not answered by the base
		{"where did ruth calder retire", nil, []string{"Seattle."}},
	})
}
