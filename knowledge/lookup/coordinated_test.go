package lookup

import "testing"

// TestCoordinatedDoersAnswerTogether checks that a who-question answered
// by one of several names joined by "and" gets all of them, and that a
// who-question about a noun that names no person ("the no votes") is
// not read as asking for a title holder.
func TestCoordinatedDoersAnswerTogether(t *testing.T) {
	e := engineOf(t, "Library levy passes\n\nAMES, Iowa (AP) — The Story County board voted 4-3 on Monday to put a library levy on the ballot.\n\nSupervisors Lena Park, Omar Diaz and Ruth Kell voted no, citing the cost.\n\nSupervisor Jim Hale, who wrote the plan, said the branch would reopen in May.\n")
	checkAnswers(t, e, []answerCase{
		{"who voted against it", []string{"Lena Park, Omar Diaz and Ruth Kell."}, nil},
		{"who were the no votes", []string{"Lena Park, Omar Diaz and Ruth Kell."}, nil},
		// one doer stays one; the relative pronoun "who" stands for Hale
		{"who wrote the plan", []string{"Jim Hale."}, []string{"Ruth Kell", "Who."}},
	})
}
