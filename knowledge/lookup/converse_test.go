package lookup

import "testing"

// hockeyFinal is a short article written for this test, in no question
// set: two meetings of the same teams, won by each side once, an out-
// verb, a passive with "by", and an act that is not one of defeat.
const hockeyFinal = `Lakeport edges Brannock 3-2 for the league title

DULUTH, Minn. (AP) — Lakeport beat Brannock 3-2 on Saturday night to win its first league title.

Brannock had beaten Lakeport 5-1 when Lakeport met Brannock in January, and Lakeport was shut out by Brannock in February. Brannock outshot Lakeport 34-22 on Saturday.

Before the game, Lakeport praised Brannock for its defense. Brannock sued the league over the schedule last year.
`

func TestConverseActs(t *testing.T) {
	e := engineOf(t, hockeyFinal)
	checkAnswers(t, e, []answerCase{
		// the same order as the article's: yes
		{"did lakeport beat brannock", []string{"Yes", "3-2"}, nil},
		// the January game was won by the other side: no
		{"did lakeport beat brannock in january", []string{"No", "5-1"}, []string{"Yes"}},
		// an out- verb tells who got the better of whom
		{"did lakeport outshoot brannock", []string{"No", "34-22"}, []string{"Yes"}},
		{"did brannock outshoot lakeport", []string{"Yes", "34-22"}, nil},
		// the passive: Brannock shut Lakeport out, not the other way round
		{"did lakeport shut out brannock in february", nil, []string{"Yes"}},
		// meeting is mutual: either order says the same
		{"did brannock meet lakeport in january", []string{"Yes"}, []string{"other way round"}},
		// praise is no defeat: the other way round, with no verdict
		{"did brannock praise lakeport", []string{"other way round", "praised"}, []string{"Yes", "No"}},
	})
}
