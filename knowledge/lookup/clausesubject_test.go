package lookup

import "testing"

// bakeryCosts is a short article written for this test, in no question
// set: one sentence gives two subjects their own change in coordinated
// clauses, a share and a sum.
const bakeryCosts = `Corner bakery raises bread prices

TALLIS, Vt. (AP) — The owner of the Lark Street Bakery said Friday she will charge more for bread next month.

Mira Osk said her flour bills climbed 30% and her electricity costs rose by $4,000 this year.
`

// "How much did her flour bills go up" asks the first clause's subject:
// its figure, 30%, not the sum of the clause after "and", whose subject
// is another (Quirk et al., §13.1); the second clause's subject asked
// takes its own figure.
func TestFigureOfClauseAsked(t *testing.T) {
	e := engineOf(t, bakeryCosts)
	checkOpenings(t, e, []openingCase{
		{q: "how much did osk's flour bills go up", first: "30%"},
		{q: "how much did her flour bills go up", first: "30%"},
		{q: "how much did her electricity costs go up", first: "$4,000"},
	})
}
