package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestSaidAboutInIndirectSpeech checks that "what did X say about Y" is
// answered first by X's indirect speech on Y when X's quotations never
// touch Y, and by the quotation alone when it does.
func TestSaidAboutInIndirectSpeech(t *testing.T) {
	e := engineOf(t, `Pool to reopen after repairs

GLENWOOD, Iowa (AP) — The Glenwood city pool will reopen in June after a year of repairs, officials said Friday.

"Summer is not summer without the pool," Parks Director Nora Quill said. "The kids have waited long enough."

Quill said the city would charge $3 for a day pass, up from $2.
`)
	a := ask(t, e, knowledge.Question{Text: "what did quill say about what she will charge"})
	if i, j := strings.Index(a.Text, "$3 for a day pass"), strings.Index(a.Text, "Summer is not summer"); !a.Found || i < 0 || j >= 0 && j < i {
		t.Errorf("the indirect speech on the charge should come first:\n%s", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		{"what did quill say about the kids", []string{"waited long enough"}, []string{"day pass"}},
		// quotations asked by name are quotations
		{"any quotes from quill?", []string{"Summer is not summer"}, []string{"day pass"}},
	})
}
