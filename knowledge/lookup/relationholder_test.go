package lookup

import (
	"testing"

	"storybot/knowledge"
)

// kioskThefts is a short article written for this test, in no question
// set: a relative is introduced by a possessive pronoun whose antecedent
// is named a sentence before, after a quotation of his that speaks of a
// "she"; another by the genitive of the name.
const kioskThefts = `Man gets 3 years for parking kiosk thefts

TRENTON, N.J. (AP) — A Lawrenceville man who stole cash from parking kiosks was sentenced Tuesday to three years in prison.

Owen Fisk, 41, admitted taking $62,000 from city kiosks over two years. "My mom is why I'm standing here. She never gave up on me," Fisk said, turning to the gallery.

His sister, Maria Dunn, a schoolteacher, asked the judge for mercy.

Fisk's mother, Joan Hale, did not attend the hearing. Fisk's lawyer, Paul Regan, said his client would repay the city.
`

// "His sister, Maria Dunn," after a sentence about Owen Fisk is Fisk's
// sister (the possessive determiner stands for its antecedent's
// genitive); "fisk's mom" is the one the article calls "Fisk's mother"
// (WordNet: mom is an informal term for mother), though the article's
// own "mom" is in a quotation. The "she" Fisk speaks of in his own
// quotation is someone else, so it does not make Fisk a woman whom "his"
// could not refer to.
func TestRelativeByPossessivePronoun(t *testing.T) {
	e := engineOf(t, kioskThefts)
	checkAnswers(t, e, []answerCase{
		{"who is fisk's sister", []string{"Maria Dunn"}, nil},
		{"what does fisk's sister do", []string{"Maria Dunn is a schoolteacher"}, []string{"Owen Fisk, 41"}},
		{"who is fisk's mom", []string{"Joan Hale"}, nil},
		{"who's fisk's lawyer", []string{"Paul Regan"}, nil},
	})
	// the article ties no sister to the lawyer, nor a mother to Dunn
	for _, q := range []string{"who is regan's sister", "who is dunn's mom"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: answered %q; the article names no such relative", q, a.Text)
		}
	}
}
