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
