package knowledge

import "testing"

// A capitalised designation a figure completes ("Senate Bill 214",
// "Teamsters Local 174", "Measure 110") is one name, figure and all; the
// article is written for this test and is in no question set.
func TestNumberedDesignationsAreNames(t *testing.T) {
	text := "Drivers back bill\n\nSALEM, Ore. (AP) — Teamsters Local 174 endorsed Senate Bill 214 on Monday.\n\n" +
		"The union also campaigned for Measure 110 in 2020, said Rosa Delgado, its secretary.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Teamsters Local 174", "Senate Bill 214", "Measure 110"} {
		if e, ok := a.Entity(name); !ok || e.Kind != Organisation {
			t.Errorf("%s: want an organisation's name, got %+v (%v)", name, e, ok)
		}
	}
}
