package lookup

import "testing"

// brantleyBudget is a short article written for this test, in no
// question set: a budget whose amount a sentence gives by another noun,
// and a sum the budget cuts beside the word "budget".
const brantleyBudget = `Brantley adopts leaner budget

BRANTLEY, Ga. (AP) — The Brantley City Council on Monday adopted a budget that cuts $1.3 million in services.

The council passed the $22.7 million spending plan 6-1.
`

// "The total budget" asks the budget's amount: the amplifier "total"
// names no other thing, and the sum the budget cuts is not its amount.
func TestTotalBudgetIsTheBudget(t *testing.T) {
	e := engineOf(t, brantleyBudget)
	checkAnswers(t, e, []answerCase{
		{"how much is the total budget", []string{"$22.7 million"}, []string{"$1.3 million."}},
		{"how much is the budget", []string{"$22.7 million"}, []string{"$1.3 million."}},
	})
}
