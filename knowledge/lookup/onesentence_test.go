package lookup

import (
	"testing"

	"storybot/knowledge"
)

// pilingRepair is a short article written for these tests, in no question
// set: two events dated in one sentence, the second by a clock time
// alone, which continues the day named before it.
const pilingRepair = `Storm damage closes Harbor Street pier

NEWPORT, R.I. (AP) — A storm surge cracked pilings under the Harbor Street pier overnight.

Divers found the damage with sonar early Monday, and fencing went up at 4 p.m.

The pier will stay closed until at least June.
`

// TestToldInOneSentence checks that two events a single sentence dates
// by a day and then a clock time are ordered as the sentence tells them,
// and the sentence is cited once.
func TestToldInOneSentence(t *testing.T) {
	e := engineOf(t, pilingRepair)
	checkAnswers(t, e, []answerCase{
		{"what came first, the sonar or the fencing going up", []string{"Sonar came first", "(at 4 p.m.)"}, nil},
		{"what happened first, the fence going up or divers finding the damage", []string{"Divers finding the damage came first"}, nil},
	})
	a := ask(t, e, knowledge.Question{Text: "what came first, the sonar or the fencing going up"})
	if len(a.Citations) != 1 {
		t.Errorf("one sentence dates both and is cited once, got %d citations", len(a.Citations))
	}
}
