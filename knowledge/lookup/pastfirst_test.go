package lookup

import "testing"

// beekeepersMeeting is a short article written for this test, in no
// question set: a convention held in one city, told in a participle
// clause, and the next one to be held in another, told in a short
// sentence in future time.
const beekeepersMeeting = `Beekeepers warn of mite resistance at national convention

(AP) — Beekeepers from 40 states gathered this week to compare notes on a mite that is shrugging off the most common treatment.

The convention, which was held at the Marriott Riverfront hotel in Spokane, Washington, ended Saturday with a vote to fund research on new treatments.

"We are losing colonies we never used to lose," said Irene Vukovic, the group's president.

Next year's convention will be held in Savannah, Georgia.
`

func TestPastQuestionNotAnsweredByFutureAct(t *testing.T) {
	checkAnswers(t, engineOf(t, beekeepersMeeting), []answerCase{
		// the past auxiliary asks of the act done, not of the next one
		{"where was the convention held", []string{"Spokane"}, []string{"Savannah"}},
		// a question in future time still asks of the next one
		{"where will next year's convention be held", []string{"Savannah"}, nil},
	})
}
