package knowledge

import "testing"

// A name after "town of", "city of", "village of" is a place (WordNet's
// settlements and administrative districts), even one no gazetteer knows.
func TestSettlementOfNamesAPlace(t *testing.T) {
	a, err := Parse("Town votes\n\nSALEM, Ore. (AP) — The 2,300 residents of the small Oregon town of Harwick will vote Tuesday, Mayor Ann Cole said.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Name == "Harwick" {
			if e.Kind != Place {
				t.Errorf("Harwick is %q, want a place", e.Kind)
			}
			return
		}
	}
	t.Error("Harwick is no entity")
}
