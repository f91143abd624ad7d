package knowledge

import "testing"

// TestFoodMakerNameIsOrganisation checks that a name ending in the word
// for a food or drink maker's establishment ("Dairy", "Brewery") is an
// organisation, not a person with that surname. The article is written
// for this test, in no question set.
func TestFoodMakerNameIsOrganisation(t *testing.T) {
	text := `Milk and beer cost more

OSLAND, Wis. (AP) — Mendel Dairy, the biggest milk processor in the county, will charge 10 cents more a gallon from Feb. 1.

Pike Hill Brewery raised its prices last month.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Mendel Dairy", "Pike Hill Brewery"} {
		if e, ok := a.Entity(name); !ok || e.Kind != Organisation {
			t.Errorf("want the organisation %s, got %+v (%v)", name, e, ok)
		}
	}
}
