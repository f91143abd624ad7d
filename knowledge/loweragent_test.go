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
