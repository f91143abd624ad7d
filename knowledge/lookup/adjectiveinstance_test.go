package lookup

import "testing"

// roofCollapse is a short article written for this test, in no question
// set: the noun asked is told only with an adjective before it.
const roofCollapse = `Worker hurt when warehouse roof collapses

FRESNO, Calif. (AP) — Part of a warehouse roof collapsed under heavy rain on Tuesday, injuring one worker, fire officials said.

The worker was taken to Community Regional Medical Center, where he was listed in serious condition.
`

func TestAdjectiveInstance(t *testing.T) {
	e := engineOf(t, roofCollapse)
	checkOpenings(t, e, []openingCase{
		{q: "what condition is the worker in", first: "Serious condition"},
	})
}
