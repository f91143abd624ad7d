package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// regattaDay is a short article written for this test, in no question
// set: the people at an event counted only as the size of a crowd ("a
// crowd of 4,120 watched"), beside a count of competitors.
const regattaDay = `Pellston crew wins Tarrow Lake regatta

TARROW, Mich. (AP) — The Pellston College eight won the Tarrow Lake Regatta on Sunday, finishing two seconds ahead of Orland.

A crowd of 4,120 watched from the shore. Twelve boats raced in the final.
`

// TestGroupMembersCounted checks that "how many people" is answered by
// the size of a crowd, whose members are people, and that a question
// about an act the article does not tell of the crowd is still refused.
func TestGroupMembersCounted(t *testing.T) {
	e := engineOf(t, regattaDay)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how many people watched", []string{"4,120"}, []string{"Twelve"}},
		{"how many ppl watched from the shore", []string{"4,120"}, nil},
		{"how many boats raced", []string{"Twelve"}, []string{"4,120"}},
	})
	for _, q := range []string{"how many people rowed", "how many people paid to get in"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: answered, want refused:\n%s", q, a.Text)
		}
	}
}
