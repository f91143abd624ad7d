package lookup

import "testing"

// ferryRoute is a short article written for this test, in no question set: two
// past acts dated by relative times with spelled numbers (AP style spells
// one to nine), a count with a thousands comma, and a phrasal verb's verb
// with another particle in a quotation.
const ferryRoute = `Ferry line cuts a route

PORT ELLIS, Maine (AP) — Bay Ferries will end its island route on May 1, the company said Monday.

Two years ago, the company sold 12,000 season passes. Last year, regulators fined it $40,000 for late safety reports.

The company plans to send notices to riders starting April 3. The last boat will leave the island at 6 p.m. on April 30.

"Riders went up to the office last week with the notices," said captain Lena Moss.
`

func TestSpelledRelativeTimesAndPhrasalVerbs(t *testing.T) {
	e := engineOf(t, ferryRoute)
	checkAnswers(t, e, []answerCase{
		// "two years ago" is a time, placed two years back, before "last year"
		{"what came first, the fine or the season passes", []string{"Season passes came first"}, nil},
		// a thousands comma does not split the alternatives
		{"which came first, selling 12,000 passes or the fine", []string{"Selling 12,000 passes came first"}, []string{"12,000 passes or", "First (Last year)"}},
		// "send ... out" is not the verb with another particle ("went up")
		{"when do the notices to riders go out", []string{"April 3"}, []string{"went up"}},
	})
}

// A noun WordNet classes as a sum of money ("penalty" is a kind of outgo)
// makes "how big was the N" ask for an amount of money, though the
// question has no money word and the article never says "penalty".
func TestMoneyNounAsksForMoney(t *testing.T) {
	e := engineOf(t, ferryRoute)
	checkAnswers(t, e, []answerCase{
		{"how big was the penalty", []string{"$40,000"}, []string{"12,000"}},
		{"how big was the fine", []string{"$40,000"}, []string{"12,000"}},
	})
}
