package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestUnusedWordIsNamed checks that a typed question with a word the
// article never uses is answered from the rest of the question, with a
// note naming the word, and that a yes/no question is not.
func TestUnusedWordIsNamed(t *testing.T) {
	e := engineOf(t, "Hikers rescued\n\nGLACIER, Mont. (AP) — Rescuers reached 14 hikers on Mount Pell on Sunday after a storm closed the trail.\n\nThe trail reopened Monday, park officials said.\n")
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "how many hikers got choppered out"})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found || !strings.HasPrefix(a.Text, "14 hikers") || !strings.Contains(a.Text, `never uses "choppered"`) {
		t.Errorf("want 14 hikers with a note on the unused word, got:\n%s", a.Text)
	}
	a, err = e.Answer(context.Background(), knowledge.Question{Text: "were the hikers choppered out"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found && !strings.HasPrefix(a.Text, "The article does not say") {
		t.Errorf("a yes/no question about a word the article never uses is answered: %s", a.Text)
	}
}

// TestUnusedAnswerNounRefuses checks that a word naming what is asked (a
// person noun in a who-question, the counted noun) is never left out.
func TestUnusedAnswerNounRefuses(t *testing.T) {
	e := engineOf(t, "Hikers rescued\n\nGLACIER, Mont. (AP) — Rescuers reached 14 hikers on Mount Pell on Sunday, said ranger Amy Cole.\n")
	checkAnswers(t, e, []answerCase{
		{"who was the hikers' guide", nil, []string{"Amy Cole."}},
		{"how many dogs got choppered out", nil, []string{"14 hikers"}},
	})
}
