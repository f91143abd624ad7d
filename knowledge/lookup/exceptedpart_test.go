package lookup

import "testing"

// "All but five of them" excepts the part from its clause's act, so the
// count before it is no partitive whole to be passed over: "how many
// sheep got out" is told by the 60, not by the five still loose.
func TestExceptedPart(t *testing.T) {
	e := engineOf(t, `Sheep loose on county road

About 60 sheep got out through a broken fence on Sunday, and neighbors had herded all but five of them back by evening, the sheriff's office said.

The farm's owner said the fence would be repaired this week.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many sheep got out", first: "About 60"},
	})
}
