package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// bakeOff is a short article written for this test, in no question set.
const bakeOff = `Local baker takes state pie title

SALEM, Ore. (AP) — Nora Quill of Bend won the Oregon State Fair pie contest on Sunday for the first time in 14 tries.

Quill also entered the bread contest, which she won in 2019 and 2021.
`

// "For the first time" answers whether the act happened before: no; and
// whether it was the first time: yes.
func TestFirstTimeAnswersBefore(t *testing.T) {
	e := engineOf(t, bakeOff)
	checkOpenings(t, e, []openingCase{
		{q: "has quill won the pie contest before", first: "No"},
		{q: "was it the first time quill won the pie contest", first: "Yes"},
	})
	a := ask(t, e, knowledge.Question{Text: "has quill won the bread contest before"})
	if strings.Contains(a.Text, "first time") {
		t.Errorf("the bread contest is no first: %s", a.Text)
	}
}

// A sports season counts a span as a year does: "two seasons ago".
func TestSeasonsAgoIsATime(t *testing.T) {
	e := engineOf(t, "Coach resigns\n\nDALLAS (AP) — Coach Ray Ortiz, who took over the team two seasons ago, resigned Monday.\n")
	a := ask(t, e, knowledge.Question{Text: "when did ortiz take over the team"})
	if !strings.HasPrefix(a.Text, "Two seasons ago") {
		t.Errorf("got %s", a.Text)
	}
}
