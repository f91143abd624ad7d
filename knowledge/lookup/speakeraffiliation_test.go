package lookup

import "testing"

// mallSale is a short article written for this test, in no question set:
// a speaker named with an "of" phrase for her firm, reported and then
// quoted.
const mallSale = `Owner sells Brookfield mall to developer for $38 million

BROOKFIELD, Wis. (AP) — The owner of the Brookfield Commons mall has sold it to a developer for $38 million, the companies said Monday.

Real estate analyst Dana Whitlock of Harbor Partners said the price was far below what the mall sold for in 2015. "Nobody wants to buy a half-empty mall right now," Whitlock said.
`

func TestAffiliatedSpeakerSaid(t *testing.T) {
	e := engineOf(t, mallSale)
	checkAnswers(t, e, []answerCase{
		// "Whitlock of Harbor Partners said": she is the verb's subject
		{q: "what did whitlock think", want: []string{"far below"}},
	})
	checkOpenings(t, e, []openingCase{
		{"what did the analyst think", "Dana Whitlock said: Real estate analyst", []string{"far below"}, nil},
	})
}
