package lookup

import (
	"testing"

	"storybot/knowledge"
)

// agedWitnesses is a short article written for this test, in no question
// set: each age premodifies a lowercase occupational description and the
// name after it, and one sentence sets a second phrase between an age and
// a name.
const agedWitnesses = `Ferry hearing hears from three witnesses

PORT ALDEN, Maine (AP) — Three witnesses testified Monday at a hearing on the sinking of the Alden ferry last winter.

The first, 64-year-old retired harbor pilot Owen Marsh, said the ferry left the dock with ice on its deck.

Deckhand Lena Voss, 29, said the crew had asked to delay the trip.

The 40-year-old captain warned passenger Ruth Kell to stay below, the hearing was told.

Commissioner Amos Pratt said a ruling would come in May.
`

// "64-year-old retired harbor pilot Owen Marsh": the age premodifies the
// description and the name in close apposition (AP Stylebook, "titles";
// Quirk et al., §17.86), so it is Marsh's age. The captain's age is not
// the passenger's: "captain" heads a phrase of its own before the verb.
func TestAgeBeforeDescribedName(t *testing.T) {
	e := engineOf(t, agedWitnesses)
	checkAnswers(t, e, []answerCase{
		{"how old is owen marsh", []string{"Owen Marsh is 64"}, []string{"29", "40"}},
		{"how old was marsh", []string{"64"}, []string{"29", "40"}},
		{"how old is lena voss", []string{"29"}, []string{"64", "40"}},
	})
	for _, q := range []string{"how old is ruth kell", "how old is amos pratt"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: answered %q; the article gives no age", q, a.Text)
		}
	}
}
