package lookup

import "testing"

// museumFees is a short article written for this test, in no question
// set: two prices each paired with its "for" phrase, and a price with a
// "for" phrase of its own alone in its sentence.
const museumFees = `Science museum reopens after renovation

TOLEDO, Ohio (AP) — The Lakeside Science Museum reopened Saturday after a two-year renovation.

Admission costs $18 for adults and $9 for children, the museum said. Parking costs $12 for the day.
`

// A figure whose "for" phrase names nothing asked yields to the figure
// whose "for" phrase names the question's word; a lone pair is kept.
func TestFigureForOther(t *testing.T) {
	e := engineOf(t, museumFees)
	checkAnswers(t, e, []answerCase{
		{"how much is admission for children", []string{"$9"}, []string{"$18."}},
		{"how much do adults pay for admission", []string{"$18"}, []string{"$9."}},
		// one figure with one "for" phrase: nothing to pair it against
		{"how much does parking cost", []string{"$12"}, nil},
	})
}
