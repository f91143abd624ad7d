package lookup

import "testing"

// beamRepair is a short article written for this test, in no question
// set: a duration after a "between X and Y" phrase of places.
const beamRepair = `Crews close river bridge for repairs in Vermont

MONTPELIER, Vt. (AP) — State crews closed the Elm Street bridge between Barre and Montpelier for 11 days to repair a cracked support beam, the Vermont Agency of Transportation said Monday.

Detour signs sent drivers along Route 302. The agency also shut a rest area near Berlin for two weeks.
`

func TestBetweenAndJoinsNoClauses(t *testing.T) {
	checkOpenings(t, engineOf(t, beamRepair), []openingCase{
		// "between Barre and Montpelier" is one phrase: the 11 days are
		// the closing's, in one clause with "closed"
		{"how long was the bridge closed", "11 days.", nil, nil},
		{"how long was the rest area shut", "Two weeks.", nil, nil},
	})
}
