package lookup

import "testing"

// waterRates is a short article written for this test, in no question
// set: the size of a rise told by a transitive verb of caused change,
// "by" following its object, and a proportion of customers beside
// "bills" in a paragraph that speaks of "the increase".
const waterRates = `Regulators approve water rate increase for Corley

CORLEY, Neb. (AP) — State regulators on Monday approved a rate increase that will raise the average residential water bill by about $7 a month for 52,000 customers of Corley Water Works.

Neighborhood groups said the increase would hurt renters most. Ada Pruitt, who leads one of them, said about one in six Corley customers already struggle to pay their bills.

The utility said it would lower the sewer fee by $2 for seniors.
`

// "How much is my bill going up" asks the size of the rise "raise ...
// bill by about $7" gives, not a proportion of households that holds
// none of its words of change.
func TestCausedChangeByObject(t *testing.T) {
	e := engineOf(t, waterRates)
	checkAnswers(t, e, []answerCase{
		{"how much is my water bill going up", []string{"$7"}, []string{"one in six", "$2"}},
		{"how much will bills go up", []string{"$7"}, []string{"one in six", "$2"}},
		{"how much will the sewer fee go down for seniors", []string{"$2"}, []string{"$7"}},
	})
}
