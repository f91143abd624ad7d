package lookup

import "testing"

// guildQuiltShow is a short article written for this test, in no question set:
// a main clause dated by one time and its object's relative clause by
// another.
const guildQuiltShow = `Quilt show sets dates

HOLLIS, Vt. (AP) — Ninety quilters entered this year's quilt show, the guild said.

Guild president Ada Moss said the guild will meet in January to begin planning next year's quilt show, which is scheduled for June 7.
`

// "When is next year's quilt show" asks the time the relative clause on
// "show" tells, not the meeting's; also after the clitic "when's".
func TestRelativeClauseTime(t *testing.T) {
	e := engineOf(t, guildQuiltShow)
	checkAnswers(t, e, []answerCase{
		{"when is next year's quilt show", []string{"June 7."}, []string{"In January."}},
		{"when's next year's quilt show", []string{"June 7."}, []string{"In January."}},
	})
}
