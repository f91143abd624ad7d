package lookup

import "testing"

// taftsvilleBridge is a short article written for this test, in no question
// set: a passive with two coordinated agents, and one with one.
const taftsvilleBridge = `Covered bridge restored

WOODSTOCK, Vt. (AP) — The restoration of the Taftsville Covered Bridge was paid for by the Vermont Agency of Transportation and the Woodstock Foundation, officials said.

The new deck was built by Cobb Hill Construction.
`

// A passive's agents joined by "and" share the role: both answer.
func TestConjoinedAgents(t *testing.T) {
	e := engineOf(t, taftsvilleBridge)
	checkAnswers(t, e, []answerCase{
		{"who paid for the restoration", []string{"Vermont Agency of Transportation and Woodstock Foundation"}, nil},
		{"who built the deck", []string{"Cobb Hill Construction."}, []string{" and "}},
	})
}
