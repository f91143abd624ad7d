package lookup

import (
	"testing"

	"storybot/knowledge"
)

// mineRescue is a short article written for this test, in no question
// set: the third of the rescued is written with a fused head ("A third").
const mineRescue = `Four miners rescued after shaft collapse in Kentucky

HARLAN, Ky. (AP) — Four miners were brought to the surface Thursday after a shaft partly collapsed at a coal mine near Harlan, state officials said.

Two of the miners were found near the entrance by a rescue team from the mine's owner. A third was located in a side tunnel by state inspectors about an hour later, officials said.

The fourth miner walked out on his own.
`

// "who located the third man": "A third was located … by state
// inspectors" is the third of the miners, its head noun left out, so the
// by-agent answers.
func TestFusedHeadObjectPassiveAgent(t *testing.T) {
	e := engineOf(t, mineRescue)
	checkOpenings(t, e, []openingCase{
		{q: "who located the third man", first: "State inspectors"},
		{q: "who found the two miners", first: "A rescue team"},
	})
}

// The rule must not fire where the fused head cannot stand for the
// object: "A third" is a third miner, not a third truck.
func TestFusedHeadObjectNotOtherObject(t *testing.T) {
	e := engineOf(t, mineRescue)
	if a := ask(t, e, knowledge.Question{Text: "who located the third truck"}); a.Found {
		t.Errorf("no one located a third truck, got %s", a.Text)
	}
}

// fusedHeadObject reads only an ordinal or cardinal right before an
// auxiliary or "be", after a sentence that tells of people.
func TestFusedHeadObjectShape(t *testing.T) {
	e := engineOf(t, mineRescue)
	third := term{lower: "third", stem: "third"}
	man := term{lower: "man", stem: "man"}
	fourth := term{lower: "fourth", stem: "fourth"}
	var held, notHeld bool
	for i := range e.r.sents {
		s, prev := &e.r.sents[i], e.previous(i)
		if e.fusedHeadObject([]term{third, man}, s, prev) {
			held = true
		}
		if e.fusedHeadObject([]term{fourth, man}, s, prev) || e.fusedHeadObject([]term{man}, s, prev) {
			notHeld = true // "The fourth miner walked": a noun after it, no fused head
		}
	}
	if !held || notHeld {
		t.Errorf("want a fused head for the third man only: held %v, other %v", held, notHeld)
	}
}
