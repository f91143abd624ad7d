package lookup

import "testing"

// elmStreetRink is a short article written for this test, in no question
// set: a thing's opening told, its closing not, and another act on it
// dated.
const elmStreetRink = `Old rink gets new roof

MAPLETON, Minn. (AP) — The city's outdoor skating rink will get a new roof, the parks board decided Thursday.

The Elm Street rink, which opened in 1962, draws about 9,000 skaters a winter. Crews will repaint the Elm Street rink starting next month.
`

// TestOppositeToldRefuses checks that when the article tells the
// opposite of the asked act of its subject and never the act itself, the
// time of another act in a sentence without the asked verb does not
// answer, while the told act and the other act keep their own times.
func TestOppositeToldRefuses(t *testing.T) {
	e := engineOf(t, elmStreetRink)
	checkWantOrRefused(t, e, []wantCase{
		{"when did the elm street rink close", ""},
		{"when did the rink open", "1962"},
		{"when will crews repaint the rink", "next month"},
	})
}
