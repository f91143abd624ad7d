package lookup

import "testing"

// ferryArticle is a short story written for these tests, about what
// becomes of a ferry route.
const ferryArticle = `County ends Elm Island ferry

PORT ADA, Washington (AP) — Kessel County will end its Elm Island ferry on June 30, county officials said Friday.

The ferry's two boats will be sold at auction in August, Transit Director Noor Haddad said.

Islanders will get a free water taxi on weekdays until a bridge opens in 2028.
`

// TestHappenInEveryInflection: "what happens to X" and "what's
// happening with X" ask what "what happened to X" does; the light verb of
// occurrence is no content word in any of its forms.
func TestHappenInEveryInflection(t *testing.T) {
	e := engineOf(t, ferryArticle)
	checkAnswers(t, e, []answerCase{
		{q: "what happened to the boats", want: []string{"auction"}},
		{q: "what happens to the boats", want: []string{"auction"}},
		{q: "whats happening with the boats", want: []string{"auction"}},
	})
}
