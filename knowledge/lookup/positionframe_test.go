package lookup

import "testing"

// mapleBakery is a short article written for these tests, in no question
// set: a shop placed by the street it stands on, and a warehouse placed by
// its town, neither with "located".
const mapleBakery = `Bakery to open second shop

TRELL, Vt. (AP) — Hollin Bakery, which sits on Maple Street in Trell, will open a second shop next month.

The bakery's flour comes from a mill in Essex Junction.

Its new warehouse will be in Barrow.
`

// TestLocatedAsksWhere checks that "where is X located" asks what "where
// is X" asks, though the article never writes "located", and that it still
// asks of X: a thing the article never names is not placed.
func TestLocatedAsksWhere(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, mapleBakery)
	checkOpenings(t, e, []openingCase{
		{"where is the bakery located", "On Maple Street", nil, nil},
		{"where's the mill situated", "In Essex Junction.", nil, nil},
		{"where will the warehouse be located", "In Barrow.", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"where is the stadium located", nil, []string{"Maple", "Essex", "Barrow"}},
	})
}
