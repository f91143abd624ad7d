package lookup

import "testing"

// kestalBus is a short article written for this test, in no question
// set: a casualty report that coordinates the dead and the injured with
// one predicate each ("14 people had been confirmed dead and 27
// injured").
const kestalBus = `Bus plunges into ravine near Kestal

KESTAL, Nepal (AP) — A crowded bus slid off a mountain road and fell into a ravine on Saturday, police said.

By Sunday, Police Chief Ram Tamang said 14 people had been confirmed dead and 27 injured, nine of them critically.

The driver survived.
`

// Each of two gapped counts counts its own predicate: the injured are
// 27, not the 14 dead beside them, and the dead are still 14.
func TestGappedCountsCountTheirOwnAct(t *testing.T) {
	e := engineOf(t, kestalBus)
	checkAnswers(t, e, []answerCase{
		{"how many people were injured", []string{"27"}, []string{"14 people."}},
		{"how many people were dead", []string{"14"}, []string{"27."}},
	})
}
