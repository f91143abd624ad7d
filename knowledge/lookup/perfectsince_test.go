package lookup

import "testing"

// TestPastQuestionOfPerfectSpan checks that "how long did the ban stand",
// asked in the simple past of an article whose best sentence for it is in
// the perfect with "since" ("had stood since 1998"), is answered by that
// span, not by a number of time in a sentence about something else, on a
// short article written for this test.
func TestPastQuestionOfPerfectSpan(t *testing.T) {
	e := engineOf(t, "Council lifts ban on food trucks\n\nPORTLAND, Maine (AP) — The city council voted 7-2 on Monday to lift a ban on food trucks downtown after a debate of 3 hours and 20 minutes.\n\nThe ban had stood since 1998. Owners must now buy a permit.\n")
	checkAnswers(t, e, []answerCase{
		{"how long did the ban stand", []string{"1998"}, []string{"3 hours"}},
		{"how long had the ban stood", []string{"1998"}, []string{"3 hours"}},
	})
}
