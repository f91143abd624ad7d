package lookup

import "testing"

// TestOrdinalIsNoPluralNoun checks that an ordinal of the question
// ("second") does not meet the article's plural noun of the same letters
// ("51 seconds"), nor any word the thesaurus relates to the noun, so "who
// finished second" of a story that names only the winner and the third
// is refused, and "who finished third" is still answered, on a short
// article written for this test.
func TestOrdinalIsNoPluralNoun(t *testing.T) {
	e := engineOf(t, "Swimmer wins state title\n\nAUSTIN, Texas (AP) — Maya Ortiz won the state 400-meter freestyle title Saturday, finishing in 4 minutes, 12 seconds.\n\nLena Brooks of Plano was third.\n")
	checkAnswers(t, e, []answerCase{
		{"who finished second", nil, []string{"Maya Ortiz"}},
		{"who came second", nil, []string{"Maya Ortiz"}},
		{"who was third", []string{"Lena Brooks"}, nil},
	})
}
