package lookup

import "testing"

// beachFind is a short article written for this test, in no question
// set: a headline that labels an unnamed finder, a lead that describes
// her more fully, and a named official.
const beachFind = `Beachcomber finds 1800s ship's bell on Oregon coast

NEWPORT, Ore. (AP) — A retired teacher searching the sand after a storm found a brass ship's bell from the 1800s on Wednesday, state parks officials said.

Parks historian Lena Marsh said the bell would be cleaned and shown at the Newport museum.
`

// The headline's "Beachcomber" is the lead's retired teacher: the answer
// is the lead's description, cited in the body.
func TestHeadlineUnnamedDoerFromLead(t *testing.T) {
	e := engineOf(t, beachFind)
	checkOpenings(t, e, []openingCase{
		{q: "who found the bell", first: "A retired teacher searching the sand", want: []string{"(¶1)"}, not: []string{"Marsh."}},
	})
}
