package lookup

import "testing"

// coldSnap is a short article written for this test, in no question set:
// temperatures in degrees beside other counts, none written with the
// question's "cold" or "warm".
const coldSnap = `Cold snap closes schools

FARGO, N.D. (AP) — Schools in 14 districts closed Monday as the temperature fell to 9 degrees at the airport.

Forecasters said a high of 12 degrees on Thursday would end the cold snap, which has sent 60 people to warming centers.
`

// "How cold" and "how warm" ask a temperature, a measure in degrees, as
// "how tall" asks a length: the answer is the figure in degrees, not a
// count of schools or people.
func TestTemperatureAdjective(t *testing.T) {
	e := engineOf(t, coldSnap)
	checkOpenings(t, e, []openingCase{
		{q: "how cold did it get at the airport", first: "9 degrees", not: []string{"14 districts."}},
		{q: "how warm will it get thursday", first: "12 degrees", not: []string{"60 people."}},
	})
}
