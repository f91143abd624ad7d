package knowledge

import "testing"

// A name described by a partitive appositive of bodies (", one of the
// largest gas companies") is a body's, while one described as one of a
// class of people stays a person's; the article is written for this test
// and is in no question set.
func TestPartitiveAppositiveOfBodies(t *testing.T) {
	text := "Pipeline fined\n\nTULSA, Okla. (AP) — Regulators fined Red Mesa Pipeline, one of the largest gas companies in the Plains, on Friday.\n\n" +
		"Dana Whitt, one of the company's founders, said it would appeal.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]EntityKind{"Red Mesa Pipeline": Organisation, "Dana Whitt": Person} {
		if e, ok := a.Entity(name); !ok || e.Kind != want {
			t.Errorf("%s: want %v, got %v (%v)", name, want, e.Kind, ok)
		}
	}
}
