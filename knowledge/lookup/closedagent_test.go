package lookup

import "testing"

// lockFlood is a short article written for this test, in no question set:
// a solid title WordNet does not list, capitalised before a name; a title
// premodified by a noun that opens the sentence; and a solid compound of
// a noun the question writes open.
const lockFlood = `Canal lock gates jam after spring flood

LOCKPORT FALLS, N.Y. (AP) — Floodwater carrying logs and ice jammed the gates of a canal lock on Monday, stranding 11 barges upstream, state officials said.

Dockmaster Irene Dubois said the lower gates would not close after a log wedged under them. She called for a crane from Albany.

Towboat captain Ray Pitts said his crew had waited since dawn. "We are tied up and burning fuel," Pitts said.

A snowplow driver, Abe Lund, used his truck to pull a stranded car from the towpath.

Dredge operator Lila Chen said the work would take two days.
`

func TestClosedAgentTitles(t *testing.T) {
	e := engineOf(t, lockFlood)
	checkAnswers(t, e, []answerCase{
		// "Dockmaster": "dock" + the person noun "master", read as her title
		{"who's the dock master", []string{"Irene Dubois"}, []string{"Pitts"}},
		// "Towboat captain" opening the sentence: its capital is the sentence's
		{"who's the towboat captain", []string{"Ray Pitts"}, []string{"Dubois"}},
		{"whos the dredge operator", []string{"Lila Chen"}, nil},
		// "snow plow": a noun and its head, the article's "snowplow"
		{"who was the snow plow driver", []string{"Abe Lund"}, []string{"Pitts"}},
	})
	if !e.isPersonNoun("dockmaster") || e.closedPersonCompound("lockport") {
		t.Error("dockmaster is a solid person noun; lockport is none")
	}
}
