package lookup

import "testing"

// towerUnits is a short article written for this test, in no question
// set: it writes "apartments" in full.
const towerUnits = `Tower plan approved

KELL, Wis. (AP) — The Kell Plan Commission on Tuesday approved a tower with 84 apartments on Dock Avenue.
`

// Chat types the AP's address abbreviation "Apt." for apartment ("how
// many apts"), a word of its own in WordNet ("apt", adjective), which
// the article's "apartments" answers (AP Stylebook, "addresses").
func TestAddressAbbreviationInChat(t *testing.T) {
	e := engineOf(t, towerUnits)
	checkOpenings(t, e, []openingCase{
		{q: "how many apts will the tower have", first: "84 apartments"},
	})
}
