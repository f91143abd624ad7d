package knowledge

import "testing"

// TestConjoinedGivenMonth: a month after a given name and "and", before a
// capitalised surname, is a given name ("Ruth and April Dorsey"); after a
// month and "and" it stays a time.
func TestConjoinedGivenMonth(t *testing.T) {
	a, err := Parse("Title\n\nThe farm was sold to Ruth and April Dorsey, both 61, the county said.\n\nThe fair runs in May and June Fridays are free.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]EntityKind{}
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
	}
	if kinds["April Dorsey"] != Person {
		t.Errorf("April Dorsey not read as a person: %v", kinds)
	}
	for n := range kinds {
		if n == "June Fridays" {
			t.Errorf("%q read as a name after the month May", n)
		}
	}
}
