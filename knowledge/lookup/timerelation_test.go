package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// The anchor's own verb is no antonym stated: "did the contract end after
// the draining began" is not denied by "the draining … began in July".
func TestAnchorVerbIsNoAntonym(t *testing.T) {
	e := engineOf(t, `Town dredges mill pond

MILLBURY, Vt. (AP) — The town approved the dredging contract in April, and the draining of the mill pond began in July.
`)
	if a := ask(t, e, knowledge.Question{Text: "did the contract end after the draining began"}); strings.HasPrefix(a.Text, "No") {
		t.Errorf("began is the anchor's verb, not the contract's: %s", a.Text)
	}
}

// "What happened after the survey" is told by a sentence that places its
// event after the survey, not by the survey's own sentence.
func TestAnchoredPassageAfter(t *testing.T) {
	e := engineOf(t, `Harbor survey leads to dredging

BAYPORT, Maine (AP) — The harbor survey was finished in May after divers mapped the channel.

Three weeks after the survey was finished, the harbor board voted to dredge the channel.
`)
	for _, q := range []string{"what happened after the survey was finished", "what did the board do after the survey was finished"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !strings.Contains(a.Text, "voted to dredge") {
			t.Errorf("%q: want the vote placed after the survey, got %s", q, a.Text)
		}
	}
}
