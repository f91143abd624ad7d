package lookup

import "testing"

// fiddleContest is a short article written for this test, in no question
// set: this week's winner, dated by a weekday in the lead and named
// again in the undated headline, beside a sale dated to last year.
const fiddleContest = `Mia Corwell, 16, wins Granger Valley fiddle contest

GRANGER, Idaho (AP) — Fiddler Mia Corwell, 16, won the Granger Valley Fiddle Contest on Sunday with a reel she wrote herself.

Corwell takes home $2,000 and a week of lessons in Nashville.

The contest's trophy, a carved maple bow, sold at a charity auction last year for $6,400.
`

// A question dated "last year" is not answered by a sentence dating its
// act by a weekday, this week's event, nor by a headline telling the
// lead's news; a sentence dated to last year still answers it.
func TestPastYearNotThisWeek(t *testing.T) {
	e := engineOf(t, fiddleContest)
	checkAnswers(t, e, []answerCase{
		{"who won the fiddle contest last year", nil, []string{"Corwell"}},
		{"who won the contest 2 years ago", nil, []string{"Corwell"}},
		{"who won the fiddle contest", []string{"Mia Corwell"}, nil},
		{"how much did the trophy sell for last year", []string{"$6,400"}, nil},
	})
}
