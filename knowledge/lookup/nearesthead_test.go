package lookup

import "testing"

// twoDepartments is a short article written for this test, in no
// question set: it names two state departments, each followed in its
// paragraph by "the department" alone.
const twoDepartments = `State closes lake to boats

BRAINERD, Minn. (AP) — The Minnesota Department of Health warned on Monday that toxic algae had spread across Lake Ossa.

The department said its tests found the toxin at 14 sites.

The Minnesota Department of Natural Resources closed the public boat ramps on Tuesday. The department said the ramps would stay shut for three weeks.
`

// "The department" where two departments are named is the one named last
// before it in its paragraph.
func TestNearestHeadNamesTheDepartment(t *testing.T) {
	e := engineOf(t, twoDepartments)
	checkAnswers(t, e, []answerCase{
		{"how many sites did the health dept find the toxin at", []string{"14"}, nil},
		{"how long will the natural resources dept keep the ramps shut", []string{"three weeks"}, nil},
	})
}
