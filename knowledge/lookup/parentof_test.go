package lookup

import "testing"

// TestParentOfCountsChildren checks that "mother of two" answers how many
// children or kids the person has, and that another person's "father of
// four" does not answer for her, on a short article written for this
// test.
func TestParentOfCountsChildren(t *testing.T) {
	e := engineOf(t, "Nurse honored\n\nTOLEDO, Ohio (AP) — Maria Lopez, 38, a nurse and mother of two, received the state's top nursing award Friday.\n\nHer supervisor, Tom Reed, a father of four, nominated her.\n")
	checkAnswers(t, e, []answerCase{
		{"how many kids does lopez have", []string{"Two children"}, []string{"four"}},
		{"how many children does tom reed have", []string{"Four children"}, nil},
	})
}
