package lookup

import (
	"testing"

	"storybot/knowledge"
)

// trailFall is a short article written for this test, in no question
// set: the doer is the unnamed antecedent of a nonrestrictive "who".
const trailFall = `Hiker hurt in fall on Mount Tam trail

MILL VALLEY, Calif. (AP) — A hiker was hurt Sunday when she fell about 30 feet from a trail on Mount Tamalpais, fire officials said.

She was reached by two park rangers, who radioed for a helicopter, Battalion Chief Dana Ortiz said.

The hiker, whose name was not released, was flown to a hospital in San Francisco.
`

// "who radioed for a helicopter": the relative "who" stands for its
// antecedent, "two park rangers", not the source named after them (the
// answer opens with the rangers).
func TestRelativeAntecedentDoer(t *testing.T) {
	e := engineOf(t, trailFall)
	checkOpenings(t, e, []openingCase{
		{q: "who radioed for a helicopter", first: "Two park rangers"},
	})
}

// The rule must not fire where the act is not told: no one is said to
// have called the hiker's family.
func TestRelativeAntecedentNoAct(t *testing.T) {
	e := engineOf(t, trailFall)
	if a := ask(t, e, knowledge.Question{Text: "who called her family"}); a.Found {
		t.Errorf("no one is told calling her family, got %s", a.Text)
	}
}

// relativeAntecedentAt reads a "who" right after its antecedent only.
func TestRelativeAntecedentAtShape(t *testing.T) {
	s := sentence{text: "two park rangers, who radioed", toks: tokenize("two park rangers, who radioed")}
	if got := relativeAntecedentAt(&s, 3); got != 2 {
		t.Errorf("want the antecedent at 2, got %d", got)
	}
	if got := relativeAntecedentAt(&s, 2); got != -1 {
		t.Errorf("not a who: want -1, got %d", got)
	}
}
