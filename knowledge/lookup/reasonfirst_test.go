package lookup

import "testing"

// A story whose vote is explained by the voter's own account after it,
// and whose result sentence follows a reason.
const reasonFirstStory = `Millbrook council passes budget 6-1

MILLBROOK, N.Y. (AP) — The Millbrook village council passed a $14 million budget on Tuesday by a vote of 6-1.

Council member Ana Reyes cast the only vote against the budget. Reyes said she opposed a cut to library hours that the budget makes.

Many residents now drive to the county library. As a result, the village library lost 3,000 visits last year.
`

func TestReasonBeforeTheEvent(t *testing.T) {
	e := engineOf(t, reasonFirstStory)
	checkOpenings(t, e, []openingCase{
		// the actor's own account answers first, the vote follows
		{q: "why did reyes vote against the budget", first: "Reyes said she opposed", want: []string{"cast the only vote"}},
		// a sentence of result tells the outcome, so the event keeps its place
		{q: "why do residents drive to the county library", first: "Many residents now drive"},
	})
}
