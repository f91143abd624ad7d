package lookup

import "testing"

// pizzaRecall is a short article written for this test, in no question
// set: the firm's name ends in a plural of the asked noun ("Harlow
// Foods"), which names its trade, not one food.
const pizzaRecall = `Frozen pizza recalled over metal fragments

Harlow Foods is recalling about 40,000 pounds of frozen pepperoni pizza that may contain small pieces of metal, the U.S. Department of Agriculture said Friday.

The pizzas were sold in 12-inch boxes at stores in nine states. No injuries have been reported, the department said.
`

func TestPluralHeadedName(t *testing.T) {
	e := engineOf(t, pizzaRecall)
	checkOpenings(t, e, []openingCase{
		{q: "what food is being recalled", first: "", not: []string{"Harlow Foods."}},
		{q: "which company is recalling the pizza", first: "Harlow Foods"},
	})
}
