package knowledge

import (
	"slices"
	"testing"
)

// TestGivenNameThenFullName: a relative introduced by the given name alone
// ("his late wife, Greta,") and named in full later ("Greta Lund died …")
// is one person, whose alias is the given name; a given name that two
// people of the story share is left alone.
func TestGivenNameThenFullName(t *testing.T) {
	text := `Harbor pilot Nils Lund retires after 40 years

ASTORIA, Ore. (AP) — Nils Lund guided his last ship over the Columbia River bar Friday.

He learned the trade from his late wife, Greta, who piloted tugs. Greta Lund died in 2015.

His son, Erik Lund, also a pilot, said his father never missed a shift.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	aliases := map[string][]string{}
	for _, e := range a.Entities {
		names = append(names, e.Name)
		aliases[e.Name] = e.Aliases
	}
	if slices.Contains(names, "Greta") {
		t.Errorf("Greta is a person of her own beside Greta Lund: %v", names)
	}
	if !slices.Contains(aliases["Greta Lund"], "Greta") {
		t.Errorf("Greta Lund's aliases %v lack Greta", aliases["Greta Lund"])
	}
}
