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

// TestRetailChainShortName: a grocery chain named "… Markets" (as "Weis
// Markets" on the Fortune 1000) is called by its name without "Markets"
// on second reference, and that two-word short name is the chain, not a
// person.
func TestRetailChainShortName(t *testing.T) {
	text := `Grocer to close three stores

ERIE, Pa. — Lakeshore Harvest Markets, a chain of 26 grocery stores, will close three of them in March, the company said Thursday.

Lakeshore Harvest was founded in 1958. It employs about 2,400 people.

Mayor Dana Kowal said the closings would leave two neighborhoods without a grocery store.
`
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var chain Entity
	for _, e := range a.Entities {
		if e.Name == "Lakeshore Harvest" {
			t.Errorf("Lakeshore Harvest is an entity of its own (%v); want it the chain's short name", e.Kind)
		}
		if e.Name == "Lakeshore Harvest Markets" {
			chain = e
		}
	}
	if chain.Kind != Organisation || !slices.Contains(chain.Aliases, "Lakeshore Harvest") {
		t.Errorf("Lakeshore Harvest Markets is %v with aliases %v; want an organisation called Lakeshore Harvest", chain.Kind, chain.Aliases)
	}
}
