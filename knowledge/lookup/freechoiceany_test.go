package lookup

import "testing"

// TestFreeChoiceAnyAssertsNothing: "would review any new plan" refers to
// no particular plan, so it says neither yes nor no to "did the council
// get a new plan"; under a negation "any" still denies ("has not
// received any new bid"), and a plan stated as made still says yes.
func TestFreeChoiceAnyAssertsNothing(t *testing.T) {
	e := engineOf(t, `Council rejects mall plan

TARBELL, Ohio (AP) — The Tarbell City Council on Monday rejected a developer's plan to build a shopping mall on the former fairgrounds.

Council President Iris Wendt said the council would review any new plan within 30 days. The city has not received any new bid for the fairgrounds, she said.

The developer, Corliss Group, submitted its first plan in April.
`)
	checkAnswers(t, e, []answerCase{
		{"did the council get a new plan", nil, []string{"Yes"}},
		{"is there a new plan", nil, []string{"Yes"}},
		{"has the city received a new bid", []string{"No"}, []string{"Yes"}},
		{"did corliss group submit a plan", []string{"Yes"}, nil},
	})
}
