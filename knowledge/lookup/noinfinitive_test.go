package lookup

import "testing"

// pellFerry is a short article written for this test, in no question set:
// one firm raises its fares, another says it has no plans to.
const pellFerry = `Ferry fares to rise

PORT ALDER, Maine (AP) — Casco Line will raise its ferry fares by $2 on May 1, the company said Friday.

Rival operator Tern Island Ferries said it had no plans to raise its fares this year.
`

// TestNoPlansToNegates checks that a negative determiner before a noun
// negates the to-infinitive that postmodifies it.
func TestNoPlansToNegates(t *testing.T) {
	e := engineOf(t, pellFerry)
	checkAnswers(t, e, []answerCase{
		{"is tern island ferries raising fares too", []string{"No"}, []string{"Yes"}},
		{"is casco line raising its fares", []string{"Yes"}, []string{"No"}},
	})
}
