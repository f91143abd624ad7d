package knowledge

import "testing"

// TestRepeatedTitle: a title repeated before the surname alone is the
// title the article gave the person with the full name, so "said Guide
// Rhodes" credits the quotation to Nora Rhodes, not to a second person
// named "Guide Rhodes"; a capitalised word the article never put before
// the full name is left as it was.
func TestRepeatedTitle(t *testing.T) {
	text := "Elk herd moved off highway\n\n" +
		"Guide Nora Rhodes drove 40 elk off the highway on Monday, the state said.\n\n" +
		"Trucks waited for an hour while the herd crossed.\n\n" +
		"\"They just would not leave the warm asphalt,\" said Guide Rhodes, who has worked in the county for nine years."
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Kind == Person && e.Name != "Nora Rhodes" {
			t.Errorf("person %q, want only Nora Rhodes", e.Name)
		}
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Nora Rhodes" {
		t.Errorf("quotes %+v, want one by Nora Rhodes", a.Quotes)
	}
}
