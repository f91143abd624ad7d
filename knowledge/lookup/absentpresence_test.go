package lookup

import "testing"

// boardHearing is a short article written for this test, in no question
// set: one official absent from a hearing, another there.
const boardHearing = `Water board hears rate complaints

DALTON, Ga. (AP) — Residents crowded a water board hearing on Tuesday to complain about a planned rate increase. Board treasurer Lionel Prieto was absent from the hearing, and the clerk read his report. Board chair Ada Quinn was at the hearing and took questions for two hours.
`

func TestAbsentAnswersPresenceNo(t *testing.T) {
	checkAnswers(t, engineOf(t, boardHearing), []answerCase{
		// "absent", WordNet's antonym of "present", denies "was X at the N"
		{"was the treasurer at the hearing", []string{"No"}, []string{"Yes"}},
		{"was prieto at the hearing?", []string{"No"}, []string{"Yes"}},
		// stated present, the place is confirmed
		{"was the chair at the hearing", []string{"Yes"}, []string{"No"}},
	})
}
