package lookup

import "testing"

// "what did the ferry service say" is the Maine State Ferry Service's
// statement, not its director's words; a phrase no speaking body's name
// ends in finds no body.
func TestBodyByNameHead(t *testing.T) {
	e := engineOf(t, "Island ferry cuts winter trips\n\nPORT HADLEY, Maine (AP) — The state will cut winter ferry trips to Carrow Island starting Jan. 6.\n\nThe Maine State Ferry Service said in a statement that fuel costs had risen 38%. \"We cannot keep running nearly empty boats,\" the statement said.\n\nFerry service director Paula Ingersoll told reporters the cuts would be reviewed in April. \"Nobody here wants to cut service,\" Ingersoll said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the ferry service say", []string{"nearly empty boats"}, []string{"Nobody here"}},
		{"what did ingersoll say", []string{"Nobody here"}, nil},
	})
	e = engineOf(t, "Bus line adds routes\n\nTALLOW, Ore. (AP) — The Tallow Transit District will add three bus routes in March.\n\nDistrict manager Omar Reyes said ridership had doubled. \"We are out of seats at rush hour,\" Reyes said.\n")
	refuses(t, e, "what did the ferry service say")
}
