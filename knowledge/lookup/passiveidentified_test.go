package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// quarryCrash is a short article written for this test, in no question
// set: a person described by role with a "who" clause, then identified in
// the passive with a pronoun subject.
const quarryCrash = `Truck rolls over at quarry near Dover; driver hurt

DOVER, Del. (AP) — A dump truck rolled over on a haul road at a quarry outside Dover on Wednesday, state police said.

The truck's owner said the road had been graded the day before.

The driver, who was not wearing a seat belt, was flown to a hospital in Wilmington. He was identified by state police as Martin Kale, 52, of Camden.

The passenger, who was wearing a belt, was treated at the scene. He was released Wednesday afternoon.
`

// "who was the driver": the description's holder is the person the next
// sentence identifies, "He was identified … as Martin Kale".
func TestPassivePronounIdentifiedRole(t *testing.T) {
	e := engineOf(t, quarryCrash)
	checkOpenings(t, e, []openingCase{
		{q: "who was the driver", first: "Martin Kale"},
	})
	if a := ask(t, e, knowledge.Question{Text: "who is the driver's wife"}); a.Found {
		t.Errorf("the driver's wife is not in the article, got %s", a.Text)
	}
}

// The rule must not fire where the next sentence identifies no one: the
// passenger is never named, and is not Kale.
func TestPassivePronounIdentifiedNotOther(t *testing.T) {
	e := engineOf(t, quarryCrash)
	if a := ask(t, e, knowledge.Question{Text: "who was the passenger"}); strings.Contains(a.Text, "Kale") {
		t.Errorf("the passenger is not Kale, got %s", a.Text)
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if x := e.passivePronounIdentified(s); x >= 0 && s.toks[3].lower != "by" {
			t.Errorf("only the by-phrase sentence identifies someone, got %q", s.text)
		}
	}
}
