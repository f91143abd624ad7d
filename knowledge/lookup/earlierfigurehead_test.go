package lookup

import "testing"

// levyTurnout is a short article written for this test, in no question
// set: a copular figure with the earlier level after "up from", dated by
// an occasion and a year after it.
const levyTurnout = `School levy passes in Marlow

MARLOW, Okla. (AP) — Voters approved a school levy on Tuesday. Turnout was 38 percent, up from 24 percent in the last levy vote in 2021.
`

// TestCopularFigureOfEarlierTime checks that a what-question of an
// earlier time takes the level the change started from, and one of the
// present the copula's own figure.
func TestCopularFigureOfEarlierTime(t *testing.T) {
	checkOpenings(t, engineOf(t, levyTurnout), []openingCase{
		{"what was turnout last time", "24 percent", nil, nil},
		{"whats the turnout in 2021", "24 percent", nil, nil},
		{"what was turnout", "38 percent", nil, nil},
	})
}
