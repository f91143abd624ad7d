package lookup

import "testing"

// particleNounInsurer is a short article written for this test, in no
// question set: it tells by phrasal verbs ("write down", "pay out") acts
// a reader asks about by nouns spelt solid that WordNet does not list
// ("writedowns", "payouts").
const particleNounInsurer = `Carrow Insurance swings to a loss after storm claims

HARTFORD, Conn. (AP) — Carrow Insurance Group said Thursday it lost $95 million in the third quarter after hurricanes in Florida and Louisiana.

The insurer said it would write down $220 million of real estate loans. It expects to pay out about $1.3 billion to homeowners for storm damage this year.

"It was the worst storm season we have seen," Chief Executive Paula Brandt, 59, said.
`

// TestParticleNoun reads "writedowns" and "payouts" as the phrasal verbs
// "write down" and "pay out" the article writes, and answers how much
// by their figures.
func TestParticleNoun(t *testing.T) {
	e := engineOf(t, particleNounInsurer)
	checkOpenings(t, e, []openingCase{
		{q: "how much were the writedowns", first: "$220 million", not: []string{"1.3 billion"}},
		{q: "how much r the payouts", first: "About $1.3 billion", not: []string{"220"}},
	})
}
