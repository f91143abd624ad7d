package lookup

import (
	"testing"

	"storybot/knowledge"
)

// TestAnswersWithoutLexicon asks every corpus question of an engine made
// without WordNet, as the bot runs when wordnet-base is not installed: each
// must get a reply whose citations are the article's words at a place
// in it, and none may panic. A
// reading that calls the lexicon without the engine's noLex guard used to
// dereference a nil interface ("how big was the crowd", sizepeople.go).
func TestAnswersWithoutLexicon(t *testing.T) {
	for _, ca := range parsedCorpus(t) {
		a := ca.article
		e := New(a, nil)
		for _, c := range ca.Cases {
			got := ask(t, e, knowledge.Question{Text: c.Q})
			if got.Text == "" {
				t.Errorf("%s: %q got no reply", ca.Name, c.Q)
			}
			for _, cit := range got.Citations {
				if label, n := cit.Place(); label == "" && n == 0 || !a.Contains(cit.Text) {
					t.Errorf("%s: %q cites %q at %q, not the article's words", ca.Name, c.Q, cit.Text, cit.ID)
				}
			}
		}
	}
}
