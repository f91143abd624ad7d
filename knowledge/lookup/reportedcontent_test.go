package lookup

import "testing"

// TestWhatDidTheReportClaim checks that an object what-question with a
// verb of saying and a document for its subject is answered by the
// sentence in which the document claims, not refused for want of a
// quotation.
func TestWhatDidTheReportClaim(t *testing.T) {
	e := engineOf(t, `Audit faults water utility

DAYTON, Ohio (AP) — Mayor Rita Okonkwo disputed on Monday a state audit claiming the Miami Valley Water Authority overbilled 4,000 customers last year.

"We will answer every line of it," Okonkwo said.
`)
	checkAnswers(t, e, []answerCase{
		{"what did the state audit claim", []string{"overbilled 4,000 customers"}, nil},
	})
}
