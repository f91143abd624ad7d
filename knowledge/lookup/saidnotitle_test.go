package lookup

import "testing"

// brennerTrail is a short article written for these tests, in no
// question set: people introduced by a title inside an attribution that
// opens with its verb.
const brennerTrail = `Hikers rescued from flooded canyon

BRENNER, Utah (AP) — Six hikers were lifted out of a flooded canyon on Sunday.

Said Regional Supervisor Ann Cole: "They waited on a ledge for nine hours."

Added Deputy Chief Bob Ruiz, who flew the helicopter: "The water rose fast."
`

// TestSaidNoTitle: the verb opening an inverted attribution is no part of
// the title the person is introduced with.
func TestSaidNoTitle(t *testing.T) {
	e := engineOf(t, brennerTrail)
	checkAnswers(t, e, []answerCase{
		{"who is ann cole", []string{"Regional Supervisor"}, []string{"the Said Regional"}},
		{"who is bob ruiz", []string{"Deputy Chief"}, []string{"the Added Deputy"}},
	})
}
