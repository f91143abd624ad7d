package lookup

import "testing"

// retiredFerry is a short article written for this test, in no question
// set: a sentence with two times, the asked verb's after its own object.
const retiredFerry = `Island ferry returns after repairs

CEDAR HARBOR, Wash. (AP) — The ferry Islander, launched in 1988 and retired by Skagit County in May 2024 after its engine failed, carried passengers again on Friday after $2 million in repairs, county officials said.

"It feels like getting an old friend back," said deckhand Jo Marsh, 58.
`

func TestPronounObjectEndsAskedVerb(t *testing.T) {
	e := engineOf(t, retiredFerry)
	checkOpenings(t, e, []openingCase{
		// the object pronoun ends the verb asked: "retire", dated May 2024
		{"when did the county retire it", "In May 2024", nil, nil},
		{"when did skagit county retire it", "In May 2024", nil, nil},
		{"when did they launch it", "In 1988.", nil, nil},
	})
}
