package lookup

import "testing"

// orchardSale is a short article written for this test, in no question
// set: its person chooses one thing "rather than" or "instead of" another,
// and the headline names him, so a bare "he" asks about him.
const orchardSale = `Vermont farmer Ezra Pell sells orchard to land trust

WEST MARLOW, Vt. (AP) — Ezra Pell, 72, sold his apple orchard to a conservation trust rather than a housing developer, he said Monday.

Pell took a single payment of $2.1 million instead of monthly installments, his lawyer said.

He said he would keep a wooden barn on the land for his cider press.
`

func TestPronounAlternativeNamesTheChosen(t *testing.T) {
	e := engineOf(t, orchardSale)
	checkOpenings(t, e, []openingCase{
		// the alternative set aside by "rather than" is not the one chosen
		{"did he sell the orchard to the trust or the developer?", "Trust", nil, []string{"Developer", "No"}},
		{"did he sell to the developer or the trust", "Trust", nil, []string{"Developer", "No"}},
		// "instead of" sets aside; the premodifier names the alternative
		{"did he take the single payment or the installments", "Single payment", nil, []string{"No"}},
	})
}
