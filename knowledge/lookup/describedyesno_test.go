package lookup

import "testing"

// auditFindings is a short article written for this test, in no question
// set: two people introduced by what they are (a treasurer, a mayor) and
// afterwards called by surname or pronoun only.
const auditFindings = `Audit finds missing town funds

OAKDALE, Minn. (AP) — A state audit released Monday found $92,000 missing from Oakdale's parks account, and town treasurer Glen Ruska resigned hours later.

Ruska has not been charged. Mayor Ada Fenn said she would ask the county attorney to review the audit.

Fenn was reelected in 2022. She did not attend Monday's council meeting.
`

func TestYesNoOfADescribedSubject(t *testing.T) {
	e := engineOf(t, auditFindings)
	checkOpenings(t, e, []openingCase{
		// the description is the person the article introduces so; later
		// sentences call them by surname or pronoun
		{"was the treasurer charged", "No", []string{"Ruska has not been charged"}, nil},
		{"has the treasurer been charged", "No", nil, nil},
		{"was the mayor reelected", "Yes", []string{"Fenn was reelected"}, nil},
		{"did the mayor attend the meeting", "No", []string{"did not attend"}, nil},
	})
	// another person's denial says nothing of the one described
	checkAnswers(t, e, []answerCase{
		{"was the mayor charged", nil, []string{"No —", "Yes —"}},
	})
}
