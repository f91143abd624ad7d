package knowledge

import (
	"slices"
	"testing"
)

// entityCase is one entity a short article must yield: its kind and the
// aliases it must and must not have.
type entityCase struct {
	name    string
	kind    EntityKind
	aliases []string
	not     []string
}

// checkEntities parses text and checks each case against its entities.
func checkEntities(t *testing.T, text string, cases []entityCase) {
	t.Helper()
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		var e *Entity
		for i := range a.Entities {
			if a.Entities[i].Name == c.name {
				e = &a.Entities[i]
			}
		}
		if e == nil {
			t.Errorf("no entity %q in %+v", c.name, a.Entities)
			continue
		}
		if e.Kind != c.kind {
			t.Errorf("%s: kind %s, want %s", c.name, e.Kind, c.kind)
		}
		for _, al := range c.aliases {
			if !slices.Contains(e.Aliases, al) {
				t.Errorf("%s: aliases %q lack %q", c.name, e.Aliases, al)
			}
		}
		for _, al := range c.not {
			if slices.Contains(e.Aliases, al) {
				t.Errorf("%s: aliases %q hold %q", c.name, e.Aliases, al)
			}
		}
	}
}

// TestTeamsAndFirmsAreNotPeople: names written after "the" before a score
// or a past-tense verb are organisations, and go by their first word; a
// given name leading a person's name is no place's.
func TestTeamsAndFirmsAreNotPeople(t *testing.T) {
	text := "Falcons sink Bears\n\n" +
		"BOISE, Idaho (AP) — Kai Moreno scored 31 points and the Boise Bears beat the nine-man Fresno Falcons 98-91 on Friday.\n\n" +
		"Fresno led by 12 at halftime, said fan Jordan Pike.\n\n" +
		"The Silver Fern reopened its doors after the game. Boise will play the Spokane Otters on Sunday.\n\n" +
		"Fans may sue under the Fourth Amendment, said Moreno.\n\n" +
		"Buses were run by Orion Logistics, and an Orion spokesman said all fans got home.\n"
	checkEntities(t, text, []entityCase{
		{name: "Fresno Falcons", kind: Organisation, aliases: []string{"Fresno"}, not: []string{"Falcons"}},
		{name: "Spokane Otters", kind: Organisation, aliases: []string{"Spokane"}},
		{name: "Silver Fern", kind: Organisation, not: []string{"Fern"}},
		{name: "Orion Logistics", kind: Organisation, aliases: []string{"Orion"}},
		{name: "Jordan Pike", kind: Person, aliases: []string{"Pike"}},
		{name: "Fourth Amendment", kind: Organisation, not: []string{"Fourth", "Amendment"}},
		{name: "Kai Moreno", kind: Person, aliases: []string{"Moreno"}},
	})
}
