package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestWhatDidTheSilentPersonSay checks that "what did X say" of a person
// the article never quotes, but says declined to comment, is answered with
// the sentence that says so (nocommentby.go: the declined comment is the
// person's response), and that a person the article only mentions is
// refused without one.
func TestWhatDidTheSilentPersonSay(t *testing.T) {
	e := engineOf(t, `Bridge to close for repairs

ELGIN, Illinois (AP) — The Fox River bridge on State Street will close for six months starting in May, city officials said.

"It is overdue," Public Works Director Ana Lutz said.

The contractor, Milo Brandt, declined to comment. The bridge was built by engineer Carl Hobbs in 1958.
`)
	a := ask(t, e, knowledge.Question{Text: "what did the contractor say"})
	if !a.Found || !strings.Contains(a.Text, "declined to comment") || len(a.Citations) != 1 {
		t.Errorf("should answer citing that he declined to comment:\n%s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "what did hobbs say"})
	if a.Found || len(a.Citations) != 0 {
		t.Errorf("should be refused without citation:\n%s", a.Text)
	}
}
