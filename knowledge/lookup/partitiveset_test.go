package lookup

import (
	"strings"

	"storybot/knowledge"
	"testing"
)

// plantBlast counts a whole in one sentence and a part of it, taken from a
// set described by the asked verb, in another.
const plantBlast = `Blast at Ridley feed mill injures workers

RIDLEY, Kan. (AP) — An explosion tore through a grain dryer at the Ridley Feed Co. mill on Monday morning, the county sheriff said.

Four of the injured workers were flown to a burn center in Wichita. The rest were treated at Ridley Memorial Hospital and released.

In all, nine workers were injured in the blast, the company said. The mill employs 85 people.`

// feedMill tells only the part: how many were injured in all it leaves
// unsaid.
const feedMill = `Blast at Ridley feed mill

RIDLEY, Kan. (AP) — An explosion tore through a grain dryer at the Ridley Feed Co. mill on Monday morning, the county sheriff said.

Four of the injured workers were flown to a burn center in Wichita, the company said. The mill employs 85 people.`

// TestPartitiveSetIsNotTheCount checks that a part counted out of a set
// the question describes ("Four of the injured workers") is not the count
// of that set, while it still answers what is said of the part.
func TestPartitiveSetIsNotTheCount(t *testing.T) {
	e := engineOf(t, plantBlast)
	checkOpenings(t, e, []openingCase{
		{"how many workers were injured", "Nine", nil, []string{"Four"}},
		{"how many injured workers were flown to a burn center", "Four", nil, nil},
	})
	e = engineOf(t, feedMill)
	checkOpenings(t, e, []openingCase{{"how many workers were flown to wichita", "Four", nil, nil}})
	if a := ask(t, e, knowledge.Question{Text: "how many workers were injured"}); a.Found && strings.Contains(a.Text, "Four") {
		t.Errorf("the part answered for the whole:\n%s", a.Text)
	}
}
