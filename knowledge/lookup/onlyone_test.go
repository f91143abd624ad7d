package lookup

import "testing"

// ferryLines is a short article written for these tests, in no question
// set: "only one" as the count of what is left.
const ferryLines = `Island ferry line cuts service

BAYPORT, Wash. (AP) — Sound Island Ferries halted most crossings on Monday, the company said.

Of the line's four boats, only one, the Gull, is still sailing.
`

// TestOnlyOne: "one" after "only" is the numeral, and counts what is
// left.
func TestOnlyOne(t *testing.T) {
	e := engineOf(t, ferryLines)
	checkOpenings(t, e, []openingCase{
		{q: "how many boats are still sailing", first: "One"},
	})
	s := "Only one worker stayed."
	if ns := readQuantities(s, tokenize(s)); len(ns) != 1 || ns[0].value != 1 || ns[0].unit != "worker" {
		t.Errorf("%q: read %+v, want one count of workers", s, ns)
	}
}

// "One" opening a preposition's object counts its head: "led the team to
// one bowl game" answers "how many bowl games", not another count of
// games. The story is written for this test, in no question set.
func TestPrepositionalOneCounts(t *testing.T) {
	e := engineOf(t, "Coach fired\n\nFARGO, N.D. (AP) — Red River State fired its football coach, Dale Ruiz, on Sunday.\n\nRuiz went 31-38 in six seasons and led the team to one bowl game. The team lost its last six games this year.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many bowl games did they play", first: "One bowl game"},
	})
}
