package lookup

import "testing"

// riverMileSpill is a short article written for this test, in no question
// set: a capitalised name ending in a common noun ("River") followed by a
// distance ("8 miles downstream"), which is no designation "River 8".
const riverMileSpill = `Fuel spill closes creek to fishing

CALDER, Pa. (AP) — About 3,000 gallons of diesel fuel spilled into Mill Creek on Friday after a tanker truck overturned on Route 44, state officials said.

The creek flows into the Susquehanna River 6 miles downstream of the crash site, and crews placed floating booms at its mouth, said Tom Reyes, a spokesman for the state Department of Environmental Protection.

The driver, 52, was treated for a broken arm. Fishing on the creek was banned until further notice.
`

func TestMeasuredFigureIsNoDesignation(t *testing.T) {
	checkOpenings(t, engineOf(t, riverMileSpill), []openingCase{
		// "River 6 miles" measures a distance; the river is the Susquehanna
		{"what river does the creek flow into", "Susquehanna River", nil, []string{"River 6."}},
		// a designation with no unit after it is still read
		{"which route", "Route 44", nil, nil},
	})
}
