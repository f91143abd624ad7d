package lookup

import "testing"

// TestDefiniteRoleIsTheStorysOneHolder checks that "the coach" and "which
// coach" mean the one coach the story names, when the question's other
// words are not where she is named; a qualifier the story never uses, or
// a title two people hold, leaves the question unanswered.
func TestDefiniteRoleIsTheStorysOneHolder(t *testing.T) {
	e := engineOf(t, "Ridgeview wins title\n\nDALTON, Ga. (AP) — Ridgeview High beat Northgate 3-1 on Saturday to win its first state soccer title.\n\nCoach Alma Reyes, 47, said the team had trained all summer.\n\nThe title game drew 4,200 fans. Senior Tia Brooks scored twice, and the state championship trophy was handed over by Commissioner Dale Irwin and Commissioner Ruth Pace.\n")
	checkAnswers(t, e, []answerCase{
		{"which coach guided ridgeview", []string{"Alma Reyes"}, nil},
		{"who is the coach at ridgeview", []string{"Alma Reyes"}, nil},
		// "of Spain": the story never says it, so no holder is known to fit
		{"who is the coach of spain", nil, []string{"Alma Reyes."}},
		// two commissioners: "the commissioner" picks out neither
		{"which commissioner runs the league", nil, []string{"Dale Irwin.", "Ruth Pace."}},
	})
}

// TestWidenedSenseFindsTheSynonym checks that a question word the article
// uses in one place is also read as its synonym in another: "pictures"
// stands in one sentence, and the answer says "images".
func TestWidenedSenseFindsTheSynonym(t *testing.T) {
	e := engineOf(t, "Observatory opens dome\n\nFLAGSTAFF, Ariz. (AP) — The Coconino Observatory opened its new dome on Friday.\n\nVisitors took pictures of the dome all afternoon, director Hal Munro said.\n\nThe first images from the new telescope will be released on March 3, Munro said.\n")
	checkAnswers(t, e, []answerCase{
		{"when will the pictures be out", []string{"March 3"}, nil},
	})
}
