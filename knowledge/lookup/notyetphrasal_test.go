package lookup

import "testing"

// TestNotYetPhrasalAct: in "did fares go up" the act is the phrasal verb
// "go up", not the subject "fares" before it, so a rise told only as
// expected is "not yet", and a rise told as done is yes.
func TestNotYetPhrasalAct(t *testing.T) {
	expected := engineOf(t, `Harbor ferry adds a morning run

PORT ANSEL, Wash. (AP) — The Port Ansel ferry will add a 6 a.m. run in April, the county said Tuesday.

Fares are expected to rise next year because of higher fuel costs, operations manager Leah Dorn said.
`)
	checkAnswers(t, expected, []answerCase{
		{"did fares go up", []string{"Not yet", "expected to rise"}, []string{"Yes"}},
	})
	done := engineOf(t, `Harbor ferry adds a morning run

PORT ANSEL, Wash. (AP) — The Port Ansel ferry will add a 6 a.m. run in April, the county said Tuesday.

Fares rose 50 cents in January because of higher fuel costs, operations manager Leah Dorn said.
`)
	checkAnswers(t, done, []answerCase{
		{"did fares go up", []string{"Yes"}, []string{"Not yet"}},
	})
}
