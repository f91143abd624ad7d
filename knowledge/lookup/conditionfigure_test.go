package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// lakeBan gives a lake's threshold in an if-clause before its stated level.
const lakeBan = `County weighs watering ban as Miller Lake drops

CARSON CITY, Nev. (AP) — Carson County commissioners voted Tuesday to ban lawn watering if Miller Lake falls to 40% of capacity this summer.

The lake, which supplies about 30,000 homes, stood at 57% on Monday, down from 71% a year earlier, said county water manager Ana Ruiz, 44.`

// TestConditionFigureIsNoMeasure checks that a figure in an open
// condition ("if Miller Lake falls to 40%") loses to the figure the
// article states, and still answers a question asking of the condition.
func TestConditionFigureIsNoMeasure(t *testing.T) {
	e := engineOf(t, lakeBan)
	if a := ask(t, e, knowledge.Question{Text: "what percentage is the lake at"}); !a.Found || !strings.HasPrefix(a.Text, "57%") {
		t.Errorf("what percentage is the lake at: want the stated 57%% first, not the condition's 40%%:\n%s", a.Text)
	}
	if a := ask(t, e, knowledge.Question{Text: "what percent would trigger the ban"}); !a.Found || !strings.HasPrefix(a.Text, "40%") {
		t.Errorf("what percent would trigger the ban: the condition is asked, want 40%%:\n%s", a.Text)
	}
}
