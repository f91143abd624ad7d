package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// TestPresenceCountedByCrowd checks that a count of those who came, by a
// verb of presence the article never writes, is told by the size of the
// article's crowd, not by a place's population, and that without a crowd
// it is still refused.
func TestPresenceCountedByCrowd(t *testing.T) {
	e := engineOf(t, "Library opens\n\nHOLT, Mo. (AP) — The town of 2,100 opened its new library Saturday. A crowd of 350 lined the steps for the ribbon cutting.\n")
	if e.lex == nil {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how many showed up", []string{"350"}, []string{"2,100"}},
		{"how many people attended the ribbon cutting", []string{"350"}, []string{"2,100"}},
	})
	f := engineOf(t, "Library opens\n\nHOLT, Mo. (AP) — The town of 2,100 opened its new library Saturday.\n")
	a, err := f.Answer(context.Background(), knowledge.Question{Text: "how many showed up"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("how many showed up, with no crowd: answered, want refused:\n%s", a.Text)
	}
}
