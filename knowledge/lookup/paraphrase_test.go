package lookup

import (
	"testing"

	"storybot/knowledge"
)

// marshArticle is a short profile written for the tests of words asked
// in other forms than the article's.
const marshArticle = `Retired driver opens a free bike shop

DAYTON, Ohio (AP) — Edna Marsh, a retired bus driver, has opened a free bicycle repair shop in a former bakery on Third Street.

Marsh, 71, was born in Toledo and drove city buses for 30 years. Rents on Third Street have doubled since 2015, she said, so the landlord's offer of a year without payment surprised her.

"I fix what people ride to work," Marsh said.
`

func TestWordsInOtherForms(t *testing.T) {
	e := engineOf(t, marshArticle)
	checkAnswers(t, e, []answerCase{
		// "rent" is also the past of rend: the written form still meets "Rents"
		{"rent increase?", []string{"doubled"}, nil},
		// a modifier the article never uses does not decide
		{"what was marsh's actual job", []string{"bus driver"}, nil},
		{"where is marsh from originally", []string{"Toledo"}, nil},
	})
	// a predicative adjective is what a question asks, and stays
	for _, q := range []string{"is marsh's landlord still alive"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: answered %q, want the article doesn't say", q, a.Text)
		}
	}
}
