package knowledge

import "testing"

// TestLowerAgentOpener: an agent noun that opens a sentence before a name
// whose given name the lists lack is the person's occupation when the
// article writes the noun in lower case elsewhere, so "Welder Oksana
// Brill" is Oksana Brill and her quotation is hers.
func TestLowerAgentOpener(t *testing.T) {
	text := "Bridge repair finished early\n\n" +
		"Welder Oksana Brill, 33, closed the last seam on the span on Friday.\n\n" +
		"\"We were two weeks ahead,\" Brill said. The crew had six other welders."
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Kind == Person && e.Name != "Oksana Brill" {
			t.Errorf("person %q, want only Oksana Brill", e.Name)
		}
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Oksana Brill" {
		t.Errorf("quotes %+v, want one by Oksana Brill", a.Quotes)
	}
}

// TestOccupationOpener: an opening word that only a profession's noun
// ends in ("-ist", "-ician") is a description before a name even when the
// article never writes it in lower case and the lists lack the given
// name, so "Geologist Priya Raman" is Priya Raman, and her quotation
// after a pronoun is hers; a word without such a suffix stays in the name.
func TestOccupationOpener(t *testing.T) {
	text := "Quarry fills overnight\n\n" +
		"Geologist Priya Raman said a spring broke through the rock. \"It was always there,\" she said.\n\n" +
		"Electrician Tomasz Wrobel restored power to the pumps. \"Two hours,\" Wrobel said.\n\n" +
		"Christ Church Cathedral rang its bells on Sunday."
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]bool{}
	for _, q := range a.Quotes {
		speakers[q.Speaker] = true
	}
	if !speakers["Priya Raman"] || !speakers["Tomasz Wrobel"] || len(speakers) != 2 {
		t.Errorf("speakers %v, want Priya Raman and Tomasz Wrobel", speakers)
	}
	for _, e := range a.Entities {
		if e.Kind == Person && (e.Name == "Church Cathedral" || e.Name == "Geologist Priya Raman") {
			t.Errorf("person %q", e.Name)
		}
	}
}
