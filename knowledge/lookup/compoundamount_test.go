package lookup

import "testing"

// TestMeasureCompoundIsNoAmount checks that a hyphenated measure that
// premodifies another noun ("at the 15-mile mark") does not answer "how
// much did X get", while a sum does, on a short article written for this
// test.
func TestMeasureCompoundIsNoAmount(t *testing.T) {
	e := engineOf(t, "Runner wins half marathon\n\nFARGO, N.D. (AP) — Jenna Olson won the Fargo Half Marathon on Saturday and a $2,000 prize.\n\nOlson passed Kim Tran at the 10-mile mark and pulled away.\n")
	checkAnswers(t, e, []answerCase{
		{"how much did tran get", nil, []string{"10-mile"}},
		{"how much did olson get", []string{"$2,000"}, nil},
	})
}
