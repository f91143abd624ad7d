package lookup

import "testing"

// Things an act was done to are counted by the act's derived noun ("312
// submissions" for how many books were submitted), but not when a
// sentence telling the act counts the things themselves.
func TestResultNounCount(t *testing.T) {
	e := engineOf(t, "Poetry prize goes to a nurse\n\nBOSTON (AP) — A nurse from Maine won the Alder Prize for poetry on Friday.\n\nThe judges picked her collection from 240 submissions. The foundation has given the prize since 1990.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many collections were submitted", first: "240 submissions"},
	})
	f := engineOf(t, "Library weeds its shelves\n\nSALEM, Ore. (AP) — The city library removed 900 books from its shelves last month.\n\nStaff reviewed 3,000 books and 40 submissions from readers.\n")
	checkOpenings(t, f, []openingCase{
		{q: "how many books were reviewed", first: "3,000 books"},
	})
}
