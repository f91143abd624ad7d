package lookup

import "testing"

// lakotaLaw is a short article written for this test, in no question
// set: a place that is the subject of an act, and a person's office with
// the place in its of-phrase.
const lakotaLaw = `Second state bans phone use in schools

PIERRE, S.D. (AP) — South Dakota on Tuesday became the second state to ban cellphones in public schools, after Utah passed a similar law in 2024.

Gov. Ellen Marsh, who signed the bill, spent six years as mayor of Rapid City before her election.
`

func TestWhichPlaceAsInstance(t *testing.T) {
	checkOpenings(t, engineOf(t, lakotaLaw), []openingCase{
		// the place noun is the subject of the act asked
		{"which state was the second to ban cellphones in schools", "South Dakota", nil, nil},
		// a noun strands its of-phrase: "mayor of Rapid City"
		{"which city was marsh mayor of", "Rapid City", nil, nil},
	})
	checkWantOrRefused(t, engineOf(t, lakotaLaw), []wantCase{
		// asked of the object, with another subject, it is no subject question
		{"what state did marsh govern", ""},
	})
}
