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

// "who located the third miner": "A third was located … by state
// inspectors" is the third miner, its head noun left out, so the
// by-agent answers.
func TestFusedHeadObjectPassiveAgent(t *testing.T) {
	e := engineOf(t, mineRescue)
	checkOpenings(t, e, []openingCase{
		{q: "who located the third miner", first: "State inspectors"},
		{q: "who found the two miners", first: "A rescue team"},
	})
}

// The rule must not fire where no fused head stands for the object: "the
// fourth miner" walked out, and no one is told finding him.
func TestFusedHeadObjectNotOtherObject(t *testing.T) {
	e := engineOf(t, mineRescue)
	if a := ask(t, e, knowledge.Question{Text: "who located the fourth miner"}); a.Found {
		t.Errorf("no one located the fourth miner, got %s", a.Text)
	}
}

// fusedHeadObject reads only an ordinal or cardinal right before an
// auxiliary or "be".
func TestFusedHeadObjectShape(t *testing.T) {
	e := engineOf(t, mineRescue)
	third := term{lower: "third", stem: "third"}
	miner := term{lower: "miner", stem: "miner"}
	var held, notHeld bool
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if fusedHeadObject([]term{third, miner}, s) {
			held = true
		}
		if fusedHeadObject([]term{miner}, s) {
			notHeld = true
		}
	}
	if !held || notHeld {
		t.Errorf("want a fused head for the third miner only: held %v, bare head %v", held, notHeld)
	}
}
