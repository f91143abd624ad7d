package lookup

import "testing"

// islandFares is a short article written for this test, in no question
// set: a price and what it covers, and a deadline.
const islandFares = `Island ferry fares to rise in July

PORT ELLIS, Maine (AP) — A round-trip ticket on the Port Ellis ferry will cost $14 starting July 1, up from $11, the Casco Island Ferry District said Tuesday.

The new price includes a $2 fuel surcharge. Parking at the terminal is not included.

Riders have until June 15 to buy discounted summer passes, the district said.
`

func TestFigureNounInYesNo(t *testing.T) {
	e := engineOf(t, islandFares)
	checkOpenings(t, e, []openingCase{
		// the figure's noun is the subject of a yes/no question
		{"does the price include the fuel surcharge", "Yes", nil, nil},
		{"did the new price include the surcharge", "Yes", nil, nil},
		// asked through a verb of telling, a figure
		{"does it say the new price", "$", nil, nil},
	})
}
