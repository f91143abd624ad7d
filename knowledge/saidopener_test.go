package knowledge

import "testing"

// TestSaidOpener: a reporting verb in -ed opening an inverted
// attribution is no word of the title of the person after it.
func TestSaidOpener(t *testing.T) {
	a, err := Parse("Title\n\nSix hikers were lifted out on Sunday.\n\nAdded Deputy Chief Bob Ruiz, who flew the helicopter: \"The water rose fast.\"\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Kind == Person && (e.Name != "Bob Ruiz" || e.Title != "Deputy Chief" || e.Role != "Deputy Chief") {
			t.Errorf("person %q, title %q, role %q; want Bob Ruiz, Deputy Chief", e.Name, e.Title, e.Role)
		}
	}
}
