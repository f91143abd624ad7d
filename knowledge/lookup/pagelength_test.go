package lookup

import "testing"

// auditReport is a short article written for this test, in no question
// set: a document's length in pages beside a span of months.
const auditReport = `Audit faults county's road fund

SALEM, Ore. (AP) — A 48-page audit released Monday found that Marion County spent road money over 14 months on office furniture.

The county's reply, which runs 6 pages, disputes most of the findings.
`

// "How long is a document" is answered in pages, not by another span.
func TestLengthInPages(t *testing.T) {
	e := engineOf(t, auditReport)
	checkAnswers(t, e, []answerCase{
		{"how long is the audit", []string{"48-page."}, []string{"14 months. "}},
		// pages measure length only: no height or distance is given
		{"how tall is the audit", nil, []string{"48-page."}},
	})
}
