package lookup

import "testing"

// bridgeInspection is a short article written for this test, in no
// question set: bodies introduced by a definite description and a
// one-word name in close apposition, one before a weekday.
const bridgeInspection = `City picks firm to inspect cracked bridge

SPOKANE, Wash. (AP) — The city hired the engineering firm Halvorsen on Monday to inspect the cracked Division Street bridge, Public Works Director Ana Ruiz, 55, said.

The bridge was closed last week after a jogger reported a crack.

The school district has asked the bus company Ridgeline to reroute three routes.
`

// A name in close apposition after a definite noun phrase names what the
// noun describes (Quirk et al. 1985, §17.87), so "what firm" is answered
// with the name, not with the description alone.
func TestCloseApposedName(t *testing.T) {
	e := engineOf(t, bridgeInspection)
	checkOpenings(t, e, []openingCase{
		{q: "what firm did the city hire", first: "The engineering firm Halvorsen.", not: []string{"Monday."}},
		{q: "what company did the district ask to reroute", first: "The bus company Ridgeline."},
	})
}
