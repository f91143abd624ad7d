package knowledge

import "testing"

// A name whose words an ampersand joins is one organisation, and its
// first word is no mention of a person of that surname; the article
// written for this test is in no question set.
func TestAmpersandJoinsACompanyName(t *testing.T) {
	a, err := Parse("Bakery robbed\n\nAKRON, Ohio (AP) — A man robbed Hale & Daughters Bakery on Elm Street on Monday, police said.\n\nOwner Ruth Hale said no one was hurt.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	org, ok := a.Entity("Hale & Daughters Bakery")
	if !ok || org.Kind != Organisation {
		t.Fatalf("want the organisation Hale & Daughters Bakery, got %+v (%v)", org, ok)
	}
	if p, ok := a.Entity("Ruth Hale"); !ok || len(p.Paragraphs) != 1 || p.Paragraphs[0] != 2 {
		t.Errorf("Ruth Hale is named in paragraph 2 only, got %+v", p)
	}
}
