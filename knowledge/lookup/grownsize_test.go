package lookup

import "testing"

// vigilNight is a short article written for this test, in no question
// set: a crowd's size told only as the end point of its growth ("had
// grown to an estimated 1,500", "swelled to nearly 4,000"), beside a
// count of other people and a fund that also grew.
const vigilNight = `Vigil for shop owner draws thousands in Carrow

CARROW, Ore. (AP) — Mourners gathered Friday outside a Carrow bakery where its owner was killed last week.

By Friday evening the crowd had grown to an estimated 1,500, police said. On Saturday the crowd swelled to nearly 4,000 and filled Elm Square.

Officers detained nine people for blocking a bridge. A memorial fund grew to $8,200.
`

// TestGrownGroupSize checks that the end point of a group's growth gives
// its size, day by day, and that a sum that grew is no group's size nor
// is a crowd nobody tells of.
func TestGrownGroupSize(t *testing.T) {
	e := engineOf(t, vigilNight)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how big did the crowd get friday", []string{"1,500"}, []string{"nine"}},
		{"how big was the crowd on saturday", []string{"4,000"}, []string{"nine", "1,500"}},
		{"how many ppl were in the crowd saturday", []string{"4,000"}, []string{"nine"}},
		{"how many people were detained", []string{"nine"}, []string{"1,500", "4,000"}},
		{"how much did the fund grow to", []string{"$8,200"}, []string{"4,000"}},
	})
}
