package lookup

import "testing"

// TestDescriptiveGenitive checks that "the women's side" asks about the
// women's division, not for what women said (as "Sandoval's side" does):
// a plural general human noun in the genitive classifies its noun.
func TestDescriptiveGenitive(t *testing.T) {
	e := engineOf(t, `Kovacs, Lund win river swim

PORTAGE, Wis. (AP) — Anton Kovacs won the men's race at the Portage River Swim on Sunday.

Elin Lund won the women's race in 1 hour, 2 minutes.

"The current was stronger than last year," Lund said.
`)
	checkAnswers(t, e, []answerCase{
		{"who won on the women's side", []string{"Elin Lund."}, []string{"said", "current"}},
		{"who won on the men's side", []string{"Anton Kovacs."}, []string{"said", "current"}},
	})
	for _, q := range []string{"who won on the women's side", "what's lund's side"} {
		want := q == "what's lund's side"
		if got := e.understand(q, nil).typ == tQuote; got != want {
			t.Errorf("%q read as a quotation question: %v, want %v", q, got, want)
		}
	}
}
