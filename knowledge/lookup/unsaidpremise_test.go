package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// guardCut is a short article written for this test, in no question set.
const guardCut = `Museum theft follows staff cuts

SALEM, Mass. (AP) — The town museum cut its overnight guard position in 2022 to save money, said Ann Lee, a curator at the museum.

Lee will give a free talk about the collection at 7 p.m. Thursday at the museum.
`

// A why-question whose verb the article never uses takes an act for
// granted that the article does not tell: it is refused, not answered
// from the rest of the question; a light verb's complement ("get rid
// of") is no such act.
func TestUnsaidPremiseIsRefused(t *testing.T) {
	e := engineOf(t, guardCut)
	for _, q := range []string{"why was lee fired from the museum", "when was lee fired from the museum"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the article never says Lee was fired: %s", q, a.Text)
		}
	}
	a := ask(t, e, knowledge.Question{Text: "why did they get rid of the guard"})
	if !a.Found || !strings.Contains(a.Text, "save money") {
		t.Errorf("want the reason for the cut, got %s", a.Text)
	}
}

// towerSwarm is a short article written for this test, in no question
// set: a building named, but never said to have been built or sold.
const towerSwarm = `Bees swarm old mill tower

LOWELL, Mass. (AP) — A swarm of about 10,000 bees settled on the tower of the Boott Mill on Monday, closing Dutton Street for two hours.

A beekeeper, Ana Souza, coaxed the bees into a box by 3 p.m. The mill, which opened in 1836, now holds apartments.
`

// An irregular past participle ("built", "sold") is the act a when- or
// where-question takes for granted, as a regular "-ed" form is: when the
// article never tells that act, the date or place of another act is no
// answer.
func TestUnsaidIrregularPremiseIsRefused(t *testing.T) {
	e := engineOf(t, towerSwarm)
	for _, q := range []string{"when was the tower built", "where was the tower sold"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the article never tells that act: %s", q, a.Text)
		}
	}
	if a := ask(t, e, knowledge.Question{Text: "when did the mill open"}); !a.Found || !strings.Contains(a.Text, "1836") {
		t.Errorf("want the opening year, got %s", a.Text)
	}
}
