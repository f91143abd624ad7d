package knowledge

import (
	"slices"
	"testing"
)

// TestBusinessLineShortName: a company named for its line of business
// ("Ostrander Steel") is called by its name without that word on second
// reference, and that shorter name, written alone before "said", is the
// company, not a person; a sentence's opening preposition is no part of
// the name after it.
func TestBusinessLineShortName(t *testing.T) {
	text := `Steel mill to cut 300 jobs

GARY, Ind. (AP) — Ostrander Steel will cut 300 jobs at its Gary mill next month, the company said Tuesday.

Ostrander Steel employs about 2,000 people in Indiana. Nora Pike, a union steward, said the news came without warning.

Ostrander said in a statement that it would offer severance to every worker. Outside Lakeview Union Hall, workers gathered Tuesday night.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]EntityKind{}
	var steel Entity
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
		if e.Name == "Ostrander Steel" {
			steel = e
		}
	}
	if steel.Kind != Organisation || !slices.Contains(steel.Aliases, "Ostrander") {
		t.Errorf("Ostrander Steel is %v with aliases %v; want an organisation called Ostrander", steel.Kind, steel.Aliases)
	}
	if _, ok := kinds["Ostrander"]; ok {
		t.Errorf("Ostrander is an entity of its own (%v); want it the company's short name", kinds["Ostrander"])
	}
	for name := range kinds {
		if name == "Outside Lakeview Union Hall" || name == "Outside Lakeview" {
			t.Errorf("entity %q keeps the sentence's opening preposition", name)
		}
	}
	if !CompanyName("Ostrander Steel") || CompanyName("Washington Post") {
		t.Errorf("CompanyName: a line of business ends a company's name; a newspaper's head does not")
	}
}
