package lookup

import "testing"

// ferryTerminal is a short article written for this test, in no question
// set.
const ferryTerminal = `New ferry terminal opens on Dunmore Island

DUNMORE, Maine (AP) — A new ferry terminal opened Friday on Dunmore Island after two years of work.

The terminal, with four berths, cost $28 million. Tickets are $6 each way for adults.

Town manager Elise Corbin said the old dock had been closed since a storm in 2023.
`

// "What will X cost" asks what "how much will X cost" asks: the price of
// X, which a sum in a sentence that names neither X nor a pronoun gives
// for another thing; and a thing the article names only through a weak
// WordNet link ("way" for "parking") or the question's own word of cost
// ("cost" for "tolls") is not named at all.
func TestWhatCostAsksThePricedThing(t *testing.T) {
	e := engineOf(t, ferryTerminal)
	checkAnswers(t, e, []answerCase{
		{"what will parking cost at the terminal", nil, []string{"$"}}, // the article prices no such thing
		{"how much will parking cost", nil, []string{"$"}},
		{"what do the tolls cost", nil, []string{"$"}},
	})
	checkOpenings(t, e, []openingCase{
		{"what did the terminal cost", "$28 million", nil, nil},
		{"what do tickets cost", "$6", nil, nil},
	})
}
