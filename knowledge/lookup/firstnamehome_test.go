package lookup

import (
	"testing"

	"storybot/knowledge"
)

// searchRescue is a short article written for the tests of this file: a
// hometown joined to a name by "of" without a comma, two people of one
// surname told apart by first names, a mountain range and a hospital
// whose name ends in "Health Care".
const searchRescue = `Lost skier found after two nights in the Tamarack Range

BOZEMAN, Mont. (AP) — Searchers found a missing skier alive Sunday in the Tamarack Range, officials said.

Dale Prewitt of Great Falls was spotted by a helicopter crew near Bluebell Lake. He was taken to Gallatin Health Care in Bozeman.

His daughter, Nora Prewitt, reported him missing Friday night.

A volunteer from Helena, Mark Osei, said the skier was calm when found.
`

// TestFirstNameAndHometown checks that "where is X from" reads a
// hometown after "of" with no comma but not a place the person was
// found near, and that a reader's first name picks the one person of a
// shared surname.
func TestFirstNameAndHometown(t *testing.T) {
	e := engineOf(t, searchRescue)
	checkOpenings(t, e, []openingCase{
		{"where is prewitt from", "Great Falls", nil, []string{"Near Bluebell"}},
		{"where is dale from", "Great Falls", nil, nil},
		{"who is nora", "Nora Prewitt is Dale Prewitt's daughter", nil, nil},
	})
}

// TestRangeAndHealthCareNames checks the kinds of a mountain range's and
// a hospital's names.
func TestRangeAndHealthCareNames(t *testing.T) {
	a, err := knowledge.Parse(searchRescue, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]knowledge.EntityKind{"Tamarack Range": knowledge.Place, "Gallatin Health Care": knowledge.Organisation}
	for _, ent := range a.Entities {
		if k, ok := want[ent.Name]; ok {
			if ent.Kind != k {
				t.Errorf("%s: kind %v, want %v", ent.Name, ent.Kind, k)
			}
			delete(want, ent.Name)
		}
	}
	for n := range want {
		t.Errorf("%s: not found as an entity", n)
	}
}
