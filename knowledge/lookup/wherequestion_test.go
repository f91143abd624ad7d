package lookup

import "testing"

// goatHerd is a short article written for this test, in no question set:
// a where-question's clause of time, a place named by a genitive before
// its noun, a WordNet compound place, a passive "taken to" goal, and a
// sentence that holds only part of the question.
const goatHerd = `Runaway goats rounded up after a day loose in Fairhope

FAIRHOPE, Ala. (AP) — Forty goats hired to clear brush slipped out of a pen in Fairhope on Monday, police said.

The herd was caught by late afternoon on the Fairhope Yacht Club's golf course, where the animals had stopped near a pond.

Owner Rita Vance said the goats will stay in a barn behind her house until workers repair the pen.

The oldest goat was taken to the Baldwin County Animal Clinic with a sore leg.

The smallest kid will sleep in Vance's kitchen, she said.
`

func TestWhereEventPlaces(t *testing.T) {
	e := engineOf(t, goatHerd)
	checkOpenings(t, e, []openingCase{
		// the clause of time only dates the act: "repair" need not be held
		{"where r the goats staying till the pen is fixed", "In a barn", nil, nil},
		// the club's genitive determines the compound "golf course"
		{"where were the goats caught", "On the Fairhope Yacht Club's golf course.", nil, nil},
		// a passive "taken to": the goat itself went there
		{"where did the oldest goat go", "The Baldwin County Animal Clinic.", nil, nil},
		// the only answering sentence places the act with a genitive's noun
		{"where will the little goat sleep", "In Vance's kitchen.", nil, nil},
	})
}
