package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// stateBee is a short article written for these tests, in no question
// set: the runner-up told by what she did ("finished second"), never
// named so.
const stateBee = `Ohio eighth-grader wins state spelling bee

COLUMBUS, Ohio (AP) — Priya Nair, 13, of Dayton won the Ohio State Spelling Bee on Saturday by correctly spelling "cymotrichous."

Leo Brandt of Akron finished second after missing "appoggiatura" in the 14th round. Sara Quist of Toledo was third.
`

// TestAgentGloss checks that a noun WordNet 3.0 defines by what its
// person does ("runner-up": "the competitor who finishes second") is
// answered by the sentence that tells the act, asked with or without an
// article; one whose defining act the article does not tell
// ("whistleblower": "an informant who exposes wrongdoing …") is still
// refused.
func TestAgentGloss(t *testing.T) {
	e := engineOf(t, stateBee)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"who was runner up", []string{"Leo Brandt"}, []string{"Priya Nair", "Sara Quist"}},
		{"who was the runner-up", []string{"Leo Brandt"}, []string{"Priya Nair", "Sara Quist"}},
	})
	for _, q := range []string{"who was the whistleblower", "who was the runner-up in the national bee"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: answered, want refused:\n%s", q, a.Text)
		}
	}
}
