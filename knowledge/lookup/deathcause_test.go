package lookup

import "testing"

// organistObit is a short obituary written for this test, in no question
// set: the death is in the lead, its cause in the next paragraph.
const organistObit = `Church organist Ruth Galloway dies at 94

LEDGER, Mont. (AP) — Ruth Galloway, who played the organ at First Methodist Church in Ledger for 61 years, died Friday at her home. She was 94.

Her grandson, Eli Galloway, said the cause was kidney failure.

She gave her last recital in 2019.
`

// An obituary gives the cause of death in the paragraph after the death,
// attributed (AP Stylebook, "obituaries"): "what killed her" is answered
// by it, first.
func TestCauseOfDeathInNextParagraph(t *testing.T) {
	e := engineOf(t, organistObit)
	checkOpenings(t, e, []openingCase{
		{q: "what killed her", first: "Her grandson", want: []string{"kidney failure"}},
	})
	checkAnswers(t, e, []answerCase{
		{"why did she die", []string{"kidney failure"}, nil},
	})
}
