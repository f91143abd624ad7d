package knowledge

import "testing"

// A hyphenated common noun opening a sentence ("Fifth-grader",
// "Co-founder") is capitalised only as its first word and is no part of
// the name after it; a hyphenated name keeps both its parts. The article
// is a short one written for this test, in no question set.
func TestLowerTailCompoundOpensNoName(t *testing.T) {
	a, err := Parse(`Pupils plant a garden

ELMORE, Minn. (AP) — Pupils at Elmore Elementary planted a vegetable garden on Friday.

Fifth-grader Nora Paulsen, 11, dug the first bed. Co-founder Luis Ibarra of Green Patch Farms gave the seeds.

Jean-Paul Ruiz, a teacher, sent a letter of thanks.
`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Nora Paulsen", "Luis Ibarra", "Jean-Paul Ruiz"} {
		if p, ok := a.Entity(name); !ok || p.Kind != Person || p.Name != name {
			t.Errorf("want the person %s, got %+v (%v)", name, p, ok)
		}
	}
	for _, name := range []string{"Fifth-grader Nora Paulsen", "Co-founder Luis Ibarra"} {
		if p, ok := a.Entity(name); ok && p.Name == name {
			t.Errorf("%q is no name, got %+v", name, p)
		}
	}
}
