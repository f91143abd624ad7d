package lookup

import "testing"

// TestKindOrdinal: "what kind of vehicle" is not answered by "a third
// vehicle": an ordinal places the vehicle in a series and names no kind
// (Quirk §5.22); the pickup the driver drove is the vehicle's kind.
func TestKindOrdinal(t *testing.T) {
	e := engineOf(t, `Two die in wrong-way crash near Waco

WACO, Texas (AP) — Two people died early Saturday when a wrong-way driver hit a sedan on Interstate 35, police said.

The wrong-way driver of the pickup also died. A driver of a third vehicle was treated at a hospital and released.
`)
	checkOpenings(t, e, []openingCase{
		{q: "what kind of vehicle was the wrong-way driver driving", first: "Pickup", not: []string{"Third vehicle"}},
	})
}
