package lookup

import (
	"testing"
)

// whyFares is a short article written for these tests, in no question
// set: a fare rise with its reason, and a sale of tickets at half price
// for a purpose.
const whyFares = `Island ferry raises fares

PORT ELLIS, Maine (AP) — The Casco Island ferry will raise its fares by $2 in May because fuel now costs twice what it did in 2021, the operator said Monday.

A round trip will cost $14 for adults. The ferry will sell the last 200 tickets of the season at half price so that islanders can reach the mainland for the holidays.
`

// TestWhyOpening reads an opening "why" as asking a reason even when a
// noun of price or cost follows, and keeps "how much" an amount.
func TestWhyOpening(t *testing.T) {
	e := engineOf(t, whyFares)
	checkAnswers(t, e, []answerCase{
		{"why will the ferry sell tickets at half price", []string{"so that islanders"}, nil},
		{"why will the ferry raise its fares", []string{"because fuel"}, nil},
		{"how much will a round trip cost", []string{"$14"}, []string{"because fuel"}},
	})
}
