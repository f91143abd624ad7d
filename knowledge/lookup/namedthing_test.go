package lookup

import "testing"

// A bare "it" of a story whose thing the article names in an appositive
// ("The parrot, named Captain,") is asked again with that name when the
// question finds nothing with the headline's noun.
func TestNamedThingAsIt(t *testing.T) {
	e := engineOf(t, "Lost parrot flies home after five days\n\nSALEM, Ore. (AP) — A parrot that escaped from an open window returned to its owner's porch on Saturday, five days after it disappeared.\n\nThe parrot, named Pepper, belongs to Nora Fields, a retired nurse.\n\nFields bought Pepper in 1994, and the bird is now 32 years old.\n")
	if got := e.namedThing("parrot"); got != "Pepper" {
		t.Errorf("named thing %q, want Pepper", got)
	}
	if got := e.namedThing("window"); got != "" {
		t.Errorf("named thing of window %q, want none", got)
	}
	checkAnswers(t, e, []answerCase{
		{"how old is it", []string{"32 years"}, nil},
	})
	if got := withName("how old is it", "Pepper"); got != "how old is Pepper" {
		t.Errorf("withName %q", got)
	}
	if got := withName("is it as old as it looks", "Pepper"); got != "" {
		t.Errorf("withName of two its %q, want none", got)
	}
}
