package lookup

import "testing"

// dunmoreLibrary is a short article written for this test, in no
// question set: a party's members told voting for a measure, the other
// party's against it.
const dunmoreLibrary = `Dunmore council backs library levy

DUNMORE, Ore. (AP) — The Dunmore City Council voted 6-3 on Monday to put a library levy on the November ballot.

Two Republicans joined all four Democrats in voting for the levy. The three votes against it came from Republicans.
`

// TestVoteNoIsNoNegation checks that "vote no" asks the side of a vote,
// not a negated question: the Democrats "voting for the levy" did not
// vote no, and the Republicans against it did.
func TestVoteNoIsNoNegation(t *testing.T) {
	checkOpenings(t, engineOf(t, dunmoreLibrary), []openingCase{
		{"did any democrats vote no", "No", []string{"voting for the levy"}, nil},
		{"did the democrats vote yes", "Yes", []string{"voting for the levy"}, nil},
	})
}
