package lookup

import "testing"

// "What is the X" is answered by the figure the article gives in X's own
// phrase, first: "a 24 percent premium", "an average of 3,100". The
// story is written for this test, in no question set.
func TestFigureOfNounFirst(t *testing.T) {
	e := engineOf(t, "Bakery chain to be sold\n\nDAYTON, Ohio (AP) — Ridgeway Foods will pay $18 a share for the Mapleton bakery chain, a 24 percent premium over Friday's closing price.\n\nMapleton's stores drew an average of 3,100 customers a day last year.\n")
	checkOpenings(t, e, []openingCase{
		{q: "whats the premium", first: "24 percent"},
		{q: "what was the average", first: "3,100"},
	})
}

// "What was X in T" is answered by the figure the time T dates, and only
// such a one. The story is written for this test, in no question set.
func TestFigureOfNounAtTime(t *testing.T) {
	e := engineOf(t, "Bus line cut\n\nAKRON, Ohio (AP) — The transit board voted on Monday to end the Route 9 bus.\n\nRidership on the route fell to an average of 410 riders a day this year, down from 1,150 in 2019.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the ridership in 2019", first: "1,150"},
	})
}

// A question ending in a stranded preposition asks no figure: "what was
// the may recall for" asks its purpose. The story is written for this
// test, in no question set.
func TestFigureOfNounNotStranded(t *testing.T) {
	e := engineOf(t, "Mower maker recalls again\n\nAKRON, Ohio (AP) — A mower maker recalled more machines on Tuesday.\n\nIn May, Greenline recalled 31,000 mowers for a blade bolt that could loosen.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the may recall for", first: "A blade bolt"},
	})
}
