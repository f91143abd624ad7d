package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// bakeryFire is a short article written for this test, in no question
// set: an owner introduced only by a relative clause ("who has run the
// bakery"), with no noun for her role, an official whose reported words
// name the bakery too, and a chief who "heads" his department, a verb one
// WordNet link from "pilot"; a neighbour described by his old trade.
const bakeryFire = `Fire guts bakery on Millbrook's Main Street

MILLBROOK, Vt. (AP) — A fire early Sunday gutted a bakery on Main Street and forced the evacuation of four apartments above it, officials said.

Ruth Okafor, 63, who has run the bakery since 1998, said she would rebuild. "We'll be open by spring," she said.

Fire Chief Dan Reyes, 51, who heads the volunteer department, said the fire started in a fryer and spread through a vent.

Town Manager Lisa Berg, 44, said the town would let the bakery use a vacant lot for a trailer. "We want the smell of bread back on Main Street," she said.

Sam Whitt, 70, a retired machinist who lives across the street, smelled smoke at 3 a.m. "I thought it was somebody's fireplace," he said.
`

func TestDescriptionByModifiersAlone(t *testing.T) {
	e := engineOf(t, bakeryFire)
	checkAnswers(t, e, []answerCase{
		// no one is called an owner: the one introduced by the bakery is
		// meant, not the manager whose reported words name it
		{"what did the bakery owner say", []string{"Ruth Okafor", "open by spring"}, []string{"smell of bread"}},
		{"how old is the bakery owner", []string{"63"}, []string{"44"}},
		// an adjective the article never uses describes; it does not classify
		{"how old is the longtime fire chief", []string{"51"}, nil},
		{"what did the elderly machinist say", []string{"Sam Whitt", "fireplace"}, nil},
	})
	for _, q := range []string{
		"what did the flower shop owner say", // modifiers the article never uses
		"what did the owner say",             // "let" is one WordNet link from "owner", and no role
		"what did the pilot say",             // nor is "heads" a pilot's
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found || strings.Contains(a.Text, "smell of bread") {
			t.Errorf("%q: want a refusal, got %q", q, a.Text)
		}
	}
}
