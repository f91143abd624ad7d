package knowledge

import "testing"

// A founder whose surname names the firm stays a person where the firm
// is called by that surname alone after a post's "of" ("shares of
// Pellworth" after "founder Edith Pellworth"): only the name written
// whole speaks of the person. The article written for this test is in no
// question set.
func TestFounderNamedByFirmStaysPerson(t *testing.T) {
	text := "Pellworth Foods sold\n\n" +
		"DENVER - Pellworth Foods, the snack maker, agreed Tuesday to be sold to a rival for $900 million.\n\n" +
		"Its chief executive, who took over after the death of founder Edith Pellworth in 2019, will stay on.\n\n" +
		"Shares of Pellworth rose 12 percent on the news.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := a.Entity("Edith Pellworth"); !ok || e.Kind != Person {
		t.Errorf("want the person Edith Pellworth, got %+v (%v)", e, ok)
	}
}
