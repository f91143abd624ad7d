package lookup

import "testing"

// A short story in which a department of state government does what a
// which-question asks an agency about.
const agencyHeadStory = `Bridge closed after barge strike

PEORIA, Ill. (AP) — A bridge over the Illinois River was closed Monday after a barge struck one of its piers.

The Illinois Transportation Department will inspect the bridge this week, said Maya Ortiz, a spokeswoman for the department.

Harlan Marine, which owns the barge, said no one was hurt.
`

func TestAgencyCoversDepartment(t *testing.T) {
	e := engineOf(t, agencyHeadStory)
	checkAnswers(t, e, []answerCase{
		{"which agency will inspect the bridge", []string{"Transportation Department"}, nil},
		{"what state agency is inspecting it", []string{"Transportation Department"}, nil},
	})
}
