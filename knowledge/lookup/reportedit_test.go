package lookup

import (
	"testing"

	"storybot/knowledge"
)

// wheelLoss is a short article written for this test, in no question
// set: a body that says "it" will act, and its spokesman named after.
const wheelLoss = `Plane loses wheel on landing at Cort

CORT, Idaho (AP) — A commuter plane lost a wheel while landing at Cort Regional Airport on Friday, airport officials said.

The National Transportation Safety Board said it will investigate.

NTSB spokesman Abe Lindqvist said the wheel was found near the runway.

The airport said the runway was reopened by noon.
`

// "It" in the clause a verb of saying reports stands for the body that
// said it, which is then the doer of the act (Quirk et al., ch. 6,
// §14.29); "it" of an agentless passive still names no doer.
func TestReportedItIsTheBody(t *testing.T) {
	e := engineOf(t, wheelLoss)
	checkAnswers(t, e, []answerCase{
		{"who is investigating", []string{"National Transportation Safety Board"}, []string{"Lindqvist"}},
		{"whos gonna investigate", []string{"National Transportation Safety Board"}, nil},
	})
	for _, q := range []string{"who reopened the runway", "who found the wheel"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: an agentless passive names no doer, got %s", q, a.Text)
		}
	}
}
