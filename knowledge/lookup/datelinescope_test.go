package lookup

import "testing"

// riverTownMillClosing is a short article written for this test, in no question
// set: a local official written by the bare title in a story datelined at
// the town.
const riverTownMillClosing = `Paper mill to close, cutting 240 jobs

RUMFORD, Maine (AP) — The paper mill that has anchored this river town for a century will close in June, its owner said Thursday.

The closing will cost 240 jobs, said Town Manager Stacy Carter. Mayor Dale Pelletier said the town would seek a buyer.
`

// TestDatelineScopesLocalTitle checks that a title asked of the dateline's
// place is answered by the article's holder of the bare title.
func TestDatelineScopesLocalTitle(t *testing.T) {
	checkOpenings(t, engineOf(t, riverTownMillClosing), []openingCase{
		{"who is the mayor of rumford", "Dale Pelletier", nil, nil},
		{"who's rumford's town manager", "Stacy Carter", nil, nil},
	})
}
