package lookup

import "testing"

// clovisArrest is a short article written for this test, in no question
// set: a delayed-identification lead told in the passive, the person
// named next as the object of the same verb, after the officers.
const clovisArrest = `Man held in copper thefts

MODESTO, Calif. (AP) — A 41-year-old Turlock man has been arrested on suspicion of stealing copper wire from 30 farms, deputies said Friday.

Deputies arrested Ray Okafor on Thursday at his home, Stanislaus County Sheriff Lena Ortiz said.
`

func TestDelayedLeadNamedAsObject(t *testing.T) {
	checkOpenings(t, engineOf(t, clovisArrest), []openingCase{
		{"how old is okafor", "Ray Okafor is 41", nil, nil},
	})
	checkWantOrRefused(t, engineOf(t, clovisArrest), []wantCase{
		// the sheriff is named in the same sentence but is no object of the act
		{"how old is the sheriff", ""},
	})
}
