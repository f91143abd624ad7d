package lookup

import "testing"

// A comma after a fronted month ends the adverbial: the numeral after it
// opens the subject and is no day of the month (monthcomma.go).
func TestMonthCommaNumeralIsNoDay(t *testing.T) {
	e := engineOf(t, "Mill workers reject offer\n\nDELTON, Mich. (AP) — Workers at the Delton paper mill rejected a contract offer Monday.\n\nIn October, 72% of members voted to authorize a strike. In March, 240 workers walked out over pay, and the company set a deadline of Dec. 4 for an answer.\n")
	checkAnswers(t, e, []answerCase{
		{"what percent voted to authorize a strike", []string{"72%"}, nil},
		{"how many workers walked out", []string{"240"}, nil},
		// a day written straight after its month is still a date
		{"when is the deadline", []string{"Dec. 4"}, nil},
	})
}
