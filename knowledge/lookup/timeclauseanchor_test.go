package lookup

import "testing"

// stuckHiker is a short article written for this test, in no question
// set: the anchor of a duration told in its own sentence, and the
// duration in another that never repeats the anchor's verb.
const stuckHiker = `Hiker carried off mountain after fall

BOONE, N.C. (AP) — Rescuers carried an injured hiker off Grandfather Mountain on Sunday.

Searchers spotted the man on a ledge below the trail about noon. He had a broken ankle.

"The wind made it slow going," said ranger Ann Cole.

It took four hours to lower him to a waiting ambulance.
`

func TestTimeClauseAnchor(t *testing.T) {
	e := engineOf(t, stuckHiker)
	checkOpenings(t, e, []openingCase{
		// the clause of time names the start, not the act whose duration is asked
		{"how long did it take to get him down once they spotted him", "Four hours.", nil, nil},
		{"how long did it take to get him down after searchers spotted him", "Four hours.", nil, nil},
	})
}
