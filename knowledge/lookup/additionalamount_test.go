package lookup

import "testing"

// riverCleanup is a short article written for this test, in no question
// set: amounts so far and amounts to be added, marked by "another",
// "additional" and "more".
const riverCleanup = `Crews clear flood debris from river

DUBUQUE, Iowa (AP) — Crews have hauled 300 tons of debris out of the Mississippi River since the flood, and another 150 tons remain along the banks, the city said Monday.

The city hired 40 seasonal workers for the job and plans to hire 12 more workers in May. The state has sent $2 million and promised an additional $500,000.
`

// "How much more N" with no "than" asks the added figure, marked by
// "another", "additional" or "more"; without "more" the figure so far.
func TestAdditionalAmount(t *testing.T) {
	e := engineOf(t, riverCleanup)
	checkAnswers(t, e, []answerCase{
		{"how much more debris is left", []string{"150 tons"}, []string{"300 tons."}},
		{"how many more workers will be hired", []string{"12"}, []string{"40 seasonal workers."}},
		{"how much more money did the state promise", []string{"$500,000"}, nil},
		{"how many workers did the city hire", []string{"40"}, nil},
	})
}
