package lookup

import "testing"

// startTimeVote is a short article written for this test, in no question
// set: one proposal whose result the next sentence tells after "it",
// another whose result its own sentence tells, and one with no result.
const startTimeVote = `School board backs later start times

CEDAR BLUFF, Iowa (AP) — The school board voted 6-1 on Tuesday to start high school classes at 8:30 a.m. next fall.

Board member Ann Ruiz offered an amendment to exempt the district's two middle schools. It failed 2-5, with only Tom Hale joining her.

A motion to add a late bus route was approved 7-0. Hale also proposed a study of bus costs. Voters rejected Proposition 2, a building bond, in May.
`

func TestVoteOutcome(t *testing.T) {
	e := engineOf(t, startTimeVote)
	checkAnswers(t, e, []answerCase{
		// "it" opens the sentence after the one offering the amendment
		{"did the middle school exemption go through?", []string{"No", "failed 2-5"}, []string{"Yes"}},
		{"did the late bus route pass?", []string{"Yes", "approved 7-0"}, []string{"No"}},
		// the active clause's object is the proposal
		{"did proposition 2 pass", []string{"No", "rejected"}, []string{"Yes"}},
		// no result is told for the study
		{"did the study of bus costs go through?", nil, []string{"Yes", "No —"}},
	})
}
