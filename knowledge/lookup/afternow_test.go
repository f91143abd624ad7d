package lookup

import "testing"

// bakeryClosing is a short article written for this test, in no question
// set: an event placed by "N years after" from the present of the report
// ("The closing comes four years after …") and another by "years ago".
const bakeryClosing = `Family bakery to close after 60 years

DENTON, Texas (AP) — Keller's Bakery will close its doors Saturday, the owners said.

The closing comes four years after the family sold the building to a developer. Two years ago, the bakery cut its hours to five days a week.
`

func TestYearsAfterFromThePresentOfTheReport(t *testing.T) {
	e := engineOf(t, bakeryClosing)
	checkAnswers(t, e, []answerCase{
		// "comes four years after the sale": the sale was four years ago, before the cut two years ago
		{"what came first, the family selling the building or the bakery cutting its hours", []string{"Family selling the building came first"}, nil},
	})
}
