package lookup

import "testing"

// ferryToll is a short article written for this test, in no question
// set: one sentence gives a toll's amount and, as the object of another
// verb, what the toll is to collect.
const ferryToll = `County adds toll on Gull Island ferry

PORTVILLE, N.C. (AP) — Carver County commissioners on Monday approved a ferry toll of $5 a car, which county treasurer Mona Reyes expects to collect about $800,000 a year.

The toll starts in May.
`

func TestSumsOwnVerbTellsItApart(t *testing.T) {
	checkAnswers(t, engineOf(t, ferryToll), []answerCase{
		// the toll collects $800,000; $5 is the toll
		{"how much will the ferry toll collect", []string{"$800,000"}, []string{"$5."}},
		{"how much is the ferry toll", []string{"$5"}, []string{"$800,000."}},
	})
}
