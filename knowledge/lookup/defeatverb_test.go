package lookup

import "testing"

// schoolBoardRace is a short article written for this test, in no
// question set: the result is told by "defeated", and "won" appears only
// of an earlier race.
const schoolBoardRace = `Nurse unseats board president in Orrin

ORRIN, Kan. (AP) — Lydia Farr, a school nurse who had never run for office, defeated school board President Carl Meeks on Tuesday in a race that turned on a plan to close Orrin's only middle school.

Meeks, a retired banker, won his first term in 2017 without an opponent.
`

// To defeat someone is to win (WordNet 3.0: "beat" entails "win"), so
// "who won the board race" asks who defeated, and the subject of
// "defeated" is the answer.
func TestDefeatingIsWinning(t *testing.T) {
	e := engineOf(t, schoolBoardRace)
	checkOpenings(t, e, []openingCase{
		{q: "who won the race", first: "Lydia Farr"},
		{q: "who won the school board race", first: "Lydia Farr"},
		{q: "who beat meeks", first: "Lydia Farr"},
	})
}
