package lookup

import (
	"strings"
	"testing"
)

// TestStrandedKindSentence: "what was the cat stuck in" is answered by the
// sentence that names a kind of cat ("a tabby") and a synonym of the act
// ("wedged") with "in" after it, though it shares no word with the
// question; a sentence naming the cat without the act does not answer.
func TestStrandedKindSentence(t *testing.T) {
	e := engineOf(t, "Tabby freed from chimney\n\nHOPE, Ark. (AP) — Firefighters on Tuesday freed a tabby that had become wedged in a narrow brick flue.\n\nThe cat was stuck for two days, its owner said.\n")
	checkAnswers(t, e, []answerCase{
		{"what was the cat stuck in", []string{"brick flue"}, nil},
	})
	q := e.understand("what was the cat stuck in", nil)
	a, ok := e.askedObject(q)
	if !ok {
		t.Fatal("askedObject: not read as an object question")
	}
	if c, ok := e.strandedKindSentence(q, a, nil); !ok || !strings.Contains(e.r.sents[c.s].text, "tabby") {
		t.Errorf("strandedKindSentence = %v, want the tabby's sentence", ok)
	}
}
