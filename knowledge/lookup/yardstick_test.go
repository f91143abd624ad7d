package lookup

import "testing"

// millbrookBudget is a short article written for this test, in no
// question set: a department's new figure set beside last year's with
// "compared with", and a school's with "down from".
const millbrookBudget = `Millbrook sets spending for parks and schools

MILLBROOK, Vt. (AP) — The Millbrook Select Board on Monday approved its spending plan for next year.

The biggest line, $2.4 million, goes to the parks department, compared with $1.9 million this year.

The town's share of school costs, $5.2 million, is down from $5.6 million.
`

func TestYardstickFigureLosesToTheCasesOwn(t *testing.T) {
	checkAnswers(t, engineOf(t, millbrookBudget), []answerCase{
		// "compared with $1.9 million": the yardstick, not the parks' figure
		{"how much does the parks department get", []string{"$2.4 million"}, []string{"$1.9 million."}},
		// asked for the earlier figure, the yardstick answers
		{"how much did the parks department get before", []string{"$1.9 million"}, nil},
	})
}
