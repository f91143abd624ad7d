package lookup

import "testing"

// TestEarlierLevel checks, on a short article written for this test,
// that a question of an earlier time ("before the raise", "last year")
// takes the level a change started from, after "from" or in a time's
// genitive ("from last year's 61,000"), over an undated figure of the
// story's own time; that a figure the asked time dates keeps its answer
// though the sentence goes on to an earlier one; and that a question of
// the present keeps the new level, and one of before a change the article
// gives only the level reached is not answered by that level.
func TestEarlierLevel(t *testing.T) {
	e := engineOf(t, "Library lending rebounds as card holders rise\n\n"+
		"MARLOW, N.H. (AP) — The Marlow Public Library lent 182,000 books last year, up from 151,000 in 2023, director Kim Ochoa said Tuesday.\n\n"+
		"The number of card holders rose to 24,500 from 22,100, and museum passes, a new offering, were borrowed 3,400 times. The main branch recorded 52,000 visits. Visits climbed by 9,000 from last year's 61,000, Ochoa said.\n\n"+
		"The library's foundation collected $210,000 last year, up from $180,000 the year before. Ochoa said the library now employs 34 people.\n\n"+
		"Starting pay for part-time clerks went up to $17 an hour from $15. Overdue fines collected fell to $3,100.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how much did clerks make before the raise", first: "$15"},
		{q: "how many visits were recorded last year", first: "61,000"},
		{q: "how much did the foundation collect last year", first: "$210,000"},
		{q: "how many card holders are there now", first: "24,500"},
		{q: "how many card holders were there before", first: "22,100"},
	})
	checkWantOrRefused(t, e, []wantCase{{"how much were fines before", ""}, {"how much in overdue fines were collected", "$3,100"}})
}
