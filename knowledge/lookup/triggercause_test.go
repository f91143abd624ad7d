package lookup

import "testing"

// dunmoreRecall is a short article written for this test, in no question
// set: its second paragraph tells what the recall began after, and no
// sentence holds "set off", "sparked", "triggered" or "prompted".
const dunmoreRecall = `Harlan Motors recalls pickups

DUNMORE, Pa. (AP) — Harlan Motors recalled 4,000 pickup trucks on Monday.

The recall began after a driver in Ohio reported that her brakes failed on a highway. Twelve other owners had complained about the same fault, the company said.
`

// "What set off X", "what sparked X", "what triggered X" and "what
// prompted X" ask X's cause, as "what caused X" does: not which set, and
// not a passage about X.
func TestTriggerVerbAsksCause(t *testing.T) {
	e := engineOf(t, dunmoreRecall)
	checkOpenings(t, e, []openingCase{
		{q: "what set off the recall", first: "The recall began after", want: []string{"brakes failed"}},
		{q: "what sparked the recall", first: "The recall began after", want: []string{"brakes failed"}},
		{q: "what triggered the recall", first: "The recall began after", want: []string{"brakes failed"}},
		{q: "so what prompted the recall", first: "The recall began after", want: []string{"brakes failed"}},
	})
}
