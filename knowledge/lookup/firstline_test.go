package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// harborMasterWords is a short article written for this test, in no question
// set: one speaker quoted twice.
const harborMasterWords = `Harbor dredging to start in June

PORT ANGELES, Wash. (AP) — The city will dredge its harbor this summer, officials said Tuesday.

"The channel is two feet shallower than it was in 2015," harbor master Lena Ortiz said.

Ortiz said boats longer than 40 feet would have to wait for high tide until the work is done. "We have no other choice," she said.
`

// A list of one speaker's words keeps its first item on the head's line,
// so the answer's first line already says something; the rest take a
// bulleted line each.
func TestSpeechListFirstLine(t *testing.T) {
	e := engineOf(t, harborMasterWords)
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "what did ortiz say"})
	if err != nil || !a.Found {
		t.Fatalf("no answer: %v %+v", err, a)
	}
	lines := strings.Split(a.Text, "\n")
	if len(lines) < 2 {
		t.Fatalf("want a list of her words, got %q", a.Text)
	}
	if !strings.HasPrefix(lines[0], "Lena Ortiz said: ") || len(lines[0]) <= len("Lena Ortiz said: ") {
		t.Errorf("first line %q: want the head and her first words", lines[0])
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "• ") {
			t.Errorf("line %q: want a bulleted item", l)
		}
	}
}
