package lookup

import "testing"

// pondAudit is a short article written for this test, in no question set:
// an act denied by "no" before a noun its of-phrase completes ("no
// evidence of theft"), beside an act stated.
const pondAudit = `Audit clears pond district

LAKE PARK, Minn. (AP) — State auditors found no evidence of theft at the Pond Creek Water District, their report said Monday.

The report found that the district overbilled 40 customers last year.
`

func TestNoPartitiveDenies(t *testing.T) {
	e := engineOf(t, pondAudit)
	checkAnswers(t, e, []answerCase{
		{"was there any theft at the district", []string{"No"}, []string{"Yes"}},
		{"did the district overbill customers", []string{"Yes"}, []string{"No"}},
	})
}
