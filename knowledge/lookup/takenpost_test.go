package lookup

import "testing"

// harborBoard is a short article written for this test, in no question
// set: each person comes to a post by a verb of putting into it.
const harborBoard = `Harbor board gets new chair

ASTORIA, Ore. (AP) — Nell Brandt was elected chair of the harbor board in 2019.

Tom Ostrander took office as mayor in January 2021.

Rosa Quill was hired as harbor master in 2016.
`

// TestTakenPost checks that "become" with a post is told by the verb that
// put the person into it, and the time is given first.
func TestTakenPost(t *testing.T) {
	e := engineOf(t, harborBoard)
	checkOpenings(t, e, []openingCase{
		{q: "when did brandt become chair", first: "In 2019."},
		{q: "when did ostrander become mayor", first: "In January 2021"},
		{q: "when did quill become harbor master", first: "In 2016."},
	})
}
