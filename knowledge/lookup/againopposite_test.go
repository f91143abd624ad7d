package lookup

import "testing"

// millPool is a short article written for this test, in no question set:
// a closing now and a reopening later, so that the closing is no No to
// "will it open again".
const millPool = `Cortland to close its only public pool

CORTLAND, N.Y. (AP) — The city will shut the Mill Street aquatic center on Monday for repairs to its leaking filter.

The parks director, Jo Harmon, said the city would reopen the center in June.
`

func TestAgainTakesOppositeForGranted(t *testing.T) {
	e := engineOf(t, millPool)
	checkAnswers(t, e, []answerCase{
		{"will the pool open again", []string{"reopen the center in June"}, []string{"No —"}},
		{"is the pool going to open back up", []string{"reopen the center in June"}, []string{"No —"}},
	})
}
