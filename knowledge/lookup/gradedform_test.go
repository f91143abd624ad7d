package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// pellFoods is a short article written for these tests, in no question
// set: an adjective written only in the superlative ("their lowest
// level").
const pellFoods = `Pell Foods shares slide after recall

OMAHA, Neb. (AP) — Shares of Pell Foods closed at $11.20 on Thursday, their lowest level since 2019, a day after the company recalled 40,000 cases of canned soup.

The recall covers soup made at the company's plant in Fremont, where inspectors found dented seals. No illnesses have been reported, the company said.
`

// TestGradedForm checks that a question's adjective meets the article's
// superlative of it ("how low" of "their lowest level"), while an
// adjective the article does not grade ("cheap") is still refused.
func TestGradedForm(t *testing.T) {
	e := engineOf(t, pellFoods)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how low did the shares go", []string{"lowest level since 2019"}, nil},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "how cheap were the shares"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("how cheap were the shares: answered, want refused:\n%s", a.Text)
	}
	if got := e.gradedKnown("low"); len(got) != 1 || got[0] != "lowest" {
		t.Errorf("gradedKnown(low) = %v, want [lowest]", got)
	}
	if got := e.gradedKnown("dent"); len(got) != 0 {
		t.Errorf("gradedKnown(dent) = %v, want none", got)
	}
}
