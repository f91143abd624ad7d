package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// gateCollapse is a short article written for this test, in no question
// set: a lead that tells its event's day and place, and a later event
// with a time of its own.
const gateCollapse = `Jet bridge collapses at Tillman airport

TILLMAN, Neb. (AP) — A jet bridge gave way at Tillman Municipal Airport early Saturday, trapping four workers for about two hours, fire officials said.

A baggage tug struck the bridge's support at 4:50 a.m., Fire Chief Ada Werth said.

The airport reopened the gate Sunday.
`

// "When did this happen" and "where did it take place" ask of the story's
// event by a pro-form, and the lead tells it (Quirk et al. 1985, ch. 12;
// the AP summary lead).
func TestStoryEventByProform(t *testing.T) {
	e := engineOf(t, gateCollapse)
	checkAnswers(t, e, []answerCase{
		{"when did this happen", []string{"Saturday"}, []string{"4:50", "Sunday"}},
		{"what day was this", []string{"Saturday"}, nil},
		{"where did it take place", []string{"Tillman Municipal Airport"}, nil},
		{"when did the tug hit the bridge", []string{"4:50 a.m."}, nil},
	})
	// in a thread, "it" may be the last turn's event, not the lead's
	a := ask(t, e, knowledge.Question{Text: "when did it happen", History: []knowledge.Turn{{Question: "what did the baggage tug do", Answer: "A baggage tug struck the bridge's support at 4:50 a.m."}}})
	if strings.Contains(a.Text, "Saturday") {
		t.Errorf("a follow-up's pronoun is the thread's, got %s", a.Text)
	}
}
