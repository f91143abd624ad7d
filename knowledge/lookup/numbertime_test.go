package lookup

import "testing"

// A time adverbial that opens a clause dates that clause's figures: in
// "In March, the company recalled 240,000 …, and in August it recalled
// 85,000", each month asks for its own count. The story is written for
// this test, in no question set.
func TestFrontedTimeDatesItsClause(t *testing.T) {
	e := engineOf(t, "Mower maker recalls again\n\nAKRON, Ohio (AP) — A mower maker recalled more machines on Tuesday.\n\nIn April, Greenline recalled 31,000 mowers to replace blade bolts, and in October it recalled 9,500 for a throttle cable that could stick.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many were recalled in october", first: "9,500"},
		{q: "how many mowers were recalled in april", first: "31,000"},
	})
}
