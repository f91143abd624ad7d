package lookup

import "testing"

// mediatedTalks is a short article written for this test, in no question
// set: talks that "resume" on a day, and never "restart".
const mediatedTalks = `Port talks break off without a deal

LONG BEACH, Calif. (AP) — Talks between dockworkers and port operators broke off Sunday without a deal, both sides said.

The talks are scheduled to resume Thursday with a federal mediator. Dockworkers last walked off the job in 2015.
`

// "start back up" is "restart", which WordNet files with "resume".
func TestBackMeetsTheReVerbsSynonym(t *testing.T) {
	e := engineOf(t, mediatedTalks)
	checkAnswers(t, e, []answerCase{
		{"when do the talks start back up", []string{"Thursday"}, []string{"Sunday", "2015"}},
	})
}
