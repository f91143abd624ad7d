package lookup

import "testing"

// ferrisPrice is a short article written for this test, in no question
// set: figures with a decimal point that end their sentences.
const ferrisPrice = `Ferris Mills shares slide after forecast cut

TOLEDO, Ohio (AP) — Ferris Mills cut its yearly forecast Monday, and its shares fell to $41.75.

The company now expects to earn $2.10 a share, and its average selling price fell to 12.5.
`

func TestDecimalFigureEndsItsSentence(t *testing.T) {
	checkOpenings(t, engineOf(t, ferrisPrice), []openingCase{
		// "$41.75.": the period ends the sentence, the figure is $41.75
		{"how much did ferris mills shares fall to", "$41.75", nil, nil},
	})
	s := tokenize("its shares fell to $41.75.")
	if last := s[len(s)-1].text; last != "41.75" {
		t.Errorf("last token %q, want 41.75", last)
	}
	if u := tokenize("in the U.S."); u[len(u)-1].text != "U.S." {
		t.Errorf("a dotted abbreviation lost its period: %q", u[len(u)-1].text)
	}
}
