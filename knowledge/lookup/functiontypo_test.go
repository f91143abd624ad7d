package lookup

import "testing"

// functionTypoBrewery is a short article written for this test, in no
// question set, to be asked with function words typed with two letters
// swapped.
const functionTypoBrewery = `Harlan Brewing profit slips as drinkers cut back

MILWAUKEE (AP) — Harlan Brewing Co. said Friday its fourth-quarter profit fell 4% as drinkers bought less beer at bars.

Chief Executive Tessa Lund, 45, said the brewer would close one of its three plants. Chief Financial Officer Mark Ebbe, 39, said shipments fell 6%.

"People are drinking less, and they are drinking at home," Lund said.
`

// TestSwappedFunctionWord reads "teh", "hte" and "waht" as the function
// words they misspell by one swap of adjacent letters, and leaves "hwo",
// one swap from both "who" and "how", alone.
func TestSwappedFunctionWord(t *testing.T) {
	e := engineOf(t, functionTypoBrewery)
	checkOpenings(t, e, []openingCase{
		{q: "who's teh ceo", first: "Tessa Lund", not: []string{"Ebbe"}},
		{q: "how old is hte cfo", first: "Mark Ebbe is 39", not: []string{"45"}},
	})
	for w, want := range map[string]string{"teh": "the", "hte": "the", "waht": "what", "adn": "and", "hwo": "", "the": "", "plant": ""} {
		if got := e.swappedFunctionWord(w); got != want {
			t.Errorf("swappedFunctionWord(%q) = %q, want %q", w, got, want)
		}
	}
}
