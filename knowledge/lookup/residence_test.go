package lookup

import "testing"

// ferryVoters is a short article written for this test, in no question
// set: a person identified with the town they live in ("Ann Pike, 64, of
// Dorrance") whose living is told without a place ("lives 12 miles from
// the landing").
const ferryVoters = `Ferry vote set for May

DORRANCE, Wash. (AP) — Island voters will decide in May whether to keep the county ferry.

"We have no other way off," said Ann Pike, 64, of Dorrance, who lives 12 miles from the landing.
`

func TestResidenceFromIdentification(t *testing.T) {
	checkOpenings(t, engineOf(t, ferryVoters), []openingCase{
		{"where does pike live", "Dorrance.", nil, nil},
	})
}
