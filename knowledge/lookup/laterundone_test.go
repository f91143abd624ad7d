package lookup

import "testing"

// bridgeWindClosure is a short article written for this test, in no
// question set: a state told in the pluperfect and undone by "but" and
// a re- verb later in the same sentence.
const bridgeWindClosure = `High winds shut Tacoma bridge for a day

TACOMA, Wash. (AP) — High winds battered the Puget Sound region on Tuesday, knocking out power to 80,000 homes, the utility said.

The Narrows Bridge had been closed to traffic Tuesday afternoon, but it reopened Wednesday morning, state officials said. A wind advisory for the area remains in effect.
`

func TestLaterUndone(t *testing.T) {
	e := engineOf(t, bridgeWindClosure)
	checkOpenings(t, e, []openingCase{
		{q: "is the narrows bridge still closed", first: "No"},
		{q: "is the narrows bridge closed", first: "No"},
		{q: "was the narrows bridge closed tuesday", first: "Yes"},
	})
}
