package lookup

import "testing"

// ferryDiverted is a short article written for this test, in no question
// set: one sentence holds two goals of "to", the participle's before the
// asked verb's.
const ferryDiverted = `Ferry diverted after engine fire

SEATTLE (AP) — A ferry sailing from Seattle to Victoria was diverted to Port Angeles on Sunday after a small fire broke out in its engine room, the operator said.

The 310 passengers were taken by bus to Victoria later that day. No one was hurt.
`

func TestStrandedPlace(t *testing.T) {
	e := engineOf(t, ferryDiverted)
	checkOpenings(t, e, []openingCase{
		{q: "where was the ferry diverted to", first: "Port Angeles"},
		{q: "where were the passengers taken to", first: "Victoria"},
	})
}
