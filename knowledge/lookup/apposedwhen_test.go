package lookup

import "testing"

// lakeIce is a short article written for this test, in no question set:
// a state bounded by "until" a day, with the event of that day told in an
// appositive "when" clause after it.
const lakeIce = `Lake stays closed to skaters

MADISON, Wis. (AP) — Temperatures will stay below freezing until Saturday, when crews will test the ice on Lake Wingra, officials said Monday.
`

// "When will crews test the ice" is answered by the day the "when"
// clause stands in apposition to, not by "until Saturday", which bounds
// the cold; a question about the cold keeps its "until".
func TestApposedWhenTime(t *testing.T) {
	e := engineOf(t, lakeIce)
	checkOpenings(t, e, []openingCase{
		{q: "when will crews test the ice", first: "Saturday."},
		{q: "when will temperatures stay below freezing until", first: "Until Saturday."},
	})
}
