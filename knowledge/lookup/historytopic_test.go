package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestPronounKeepsTheThreadTopic checks that a pronoun after a turn that
// itself asked by pronoun refers to the topic of the thread, not to
// another man the answer to that turn named first.
func TestPronounKeepsTheThreadTopic(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	first := ask(t, l, knowledge.Question{Text: "Who is Michael Flynn?"})
	second := ask(t, l, knowledge.Question{Text: "when did he resign?", History: []knowledge.Turn{{Question: "Who is Michael Flynn?", Answer: first.Text}}})
	if !strings.Contains(second.Text, "Sessions") {
		t.Skip("the answer no longer names another man first; nothing to test")
	}
	a := ask(t, l, knowledge.Question{Text: "why did he resign?", History: []knowledge.Turn{
		{Question: "Who is Michael Flynn?", Answer: first.Text},
		{Question: "when did he resign?", Answer: second.Text},
	}})
	if !a.Found || !strings.Contains(a.Text, "revelations") {
		t.Errorf("why did he resign? (he = Flynn) → %q", a.Text)
	}
}
