package lookup

import "testing"

// walkingStudy is a short article written for this test, in no question
// set: a finding credited to a study with "according to", a later
// sentence that names the findings, and an audit that "found" something.
const walkingStudy = `Daily walks lower blood pressure, study finds

People who walked 30 minutes a day lowered their blood pressure by 8 points in six months, according to a study published Monday in the Journal of Aging.

The state audit found that the clinic had overbilled Medicaid by $2 million.

The study's lead author will present the findings at a conference in May.
`

func TestDocumentFinding(t *testing.T) {
	checkOpenings(t, engineOf(t, walkingStudy), []openingCase{
		{"what did the study find", "", []string{"8 points"}, []string{"present the findings"}},
		{"what did the audit find", "", []string{"overbilled"}, nil},
	})
}
