package lookup

import "testing"

// smokeAtBakery is a short article written for this test, in no question
// set: an unnamed neighbor told of in a sentence its named source closes,
// and a named spokesman given in apposition.
const smokeAtBakery = `Neighbor spots fire at bakery

PELLA, Iowa (AP) — A neighbor spotted smoke at a bakery early Monday and called 911, Fire Chief Dora Lusk said.

The bakery's spokesman, Ned Harms, said the ovens were off. The owner was out of town, Lusk said.
`

// The name of the one a sentence tells of is not that of its source.
func TestReportedClauseIsNoIntroduction(t *testing.T) {
	e := engineOf(t, smokeAtBakery)
	checkWantOrRefused(t, e, []wantCase{
		{"what's the neighbor's name", ""},
		{"whats the name of the owner", ""},
		{"what's the spokesman's name", "Ned Harms"},
		{"who called 911", "neighbor"},
	})
}
