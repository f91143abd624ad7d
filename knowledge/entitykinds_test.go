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

// TestRolesReadAsEnglish: a role keeps its title word ("State Rep.", not
// "State"), an ordinal and a noun qualifying it ("First Officer", "budget
// director"), and a title naming a body gives no acronym that spells the
// body's.
func TestRolesReadAsEnglish(t *testing.T) {
	text := "Mill deal stalls\n\n" +
		"Pine Valley Corp said Monday its takeover of Dunmore Mills would wait, and Pine Valley CEO Tom Reed blamed regulators.\n\n" +
		"State Rep. Ann Cole said the delay was wise, and the cost was set out by budget director Lee Parr.\n\n" +
		"First Officer Ray Dunn, who flew the executives to Boise, said the trip was calm.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	roles := map[string]string{"Ann Cole": "State Rep.", "Lee Parr": "budget director", "Ray Dunn": "First Officer", "Tom Reed": "Pine Valley CEO"}
	for _, e := range a.Entities {
		if want, ok := roles[e.Name]; ok && e.Role != want {
			t.Errorf("%s: role %q, want %q", e.Name, e.Role, want)
		}
		if e.Name == "Tom Reed" && slices.Contains(e.Aliases, "PVC") {
			t.Errorf("Tom Reed has the company's initials as an alias: %q", e.Aliases)
		}
		delete(roles, e.Name)
	}
	if len(roles) > 0 {
		t.Errorf("missing people %v in %+v", roles, a.Entities)
	}
}

// TestNamesWithOf: a body's name runs on over "of", "on" or "for" ("Bureau
// of Land Management", "Centers for Disease Control"); so does a title,
// before the given name of its holder ("Secretary of State Ruth Vance"); a
// plural title heads each name it precedes ("Judges Omar Hale").
func TestNamesWithOf(t *testing.T) {
	text := "Grazing rules change\n\n" +
		"The Bureau of Land Management will cut grazing permits, Secretary of State Ruth Vance said Monday.\n\n" +
		"A study funded by the Centers for Disease Control found dust rose 40%, and Judges Omar Hale and Lucy Bond upheld the cut.\n"
	checkEntities(t, text, []entityCase{
		{name: "Bureau of Land Management", kind: Organisation, aliases: []string{"BLM"}},
		{name: "Centers for Disease Control", kind: Organisation, aliases: []string{"CDC"}},
		{name: "Ruth Vance", kind: Person, aliases: []string{"Vance"}, not: []string{"SS"}},
		{name: "Omar Hale", kind: Person},
	})
	a, _ := Parse(text, Options{})
	if e, ok := a.Entity("Vance"); !ok || e.Role != "Secretary of State" {
		t.Errorf("Vance = %+v", e)
	}
	if e, ok := a.Entity("Hale"); !ok || e.Role != "Judge" {
		t.Errorf("Hale = %+v", e)
	}
}

// TestGroupsAndGrounds: a party's members, a body an appositive describes,
// and grounds named by a geographic head noun are no people.
func TestGroupsAndGrounds(t *testing.T) {
	text := "Park plan draws fire\n\n" +
		"House Republicans want to log part of the Bitterroot National Forest, according to Open Ledger, a nonpartisan group that tracks spending.\n\n" +
		"Homes in the Aspen Meadow subdivision and Miller Airfield lie nearby, Mayor Ken Ruiz said.\n\n" +
		"One neighbor, Lena Voss, a school bus driver, said the road is too narrow.\n\n" +
		"Mark Tull scored 20 points. Tull, a 22-year-old senior guard who transferred from Cole Junior College, said it was his best game.\n"
	checkEntities(t, text, []entityCase{
		{name: "House Republicans", kind: Organisation, not: []string{"Republicans", "House"}},
		{name: "Open Ledger", kind: Organisation, not: []string{"Ledger"}},
		{name: "Bitterroot National Forest", kind: Place, not: []string{"Forest"}},
		{name: "Aspen Meadow", kind: Place},
		{name: "Miller Airfield", kind: Place},
		{name: "Ken Ruiz", kind: Person},
		// the appositive's head is "driver": "school" only modifies it
		{name: "Lena Voss", kind: Person},
		// "guard" heads a body's name (National Guard) but in lower case
		// names a person (WordNet guard n.1)
		{name: "Mark Tull", kind: Person},
	})
}

// TestStormsStreetsAndRegionsAreNoPeople: a storm named with its class
// first is an event, a name ending in a street designation or a natural
// feature is a place, as is one opened by a compass point or "New"; and a
// rank with no name after it names no one.
func TestStormsStreetsAndRegionsAreNoPeople(t *testing.T) {
	text := "Storm floods Maine towns\n\n" +
		"BANGOR, Maine (AP) — Hurricane Odile brought 9 inches of rain to New England on Monday, flooding homes along Riverside Drive and near Pike Falls.\n\n" +
		"The storm drew warm water from the Gulf Stream, said forecaster Alma Ruiz. Crews from East Anglia Power helped.\n\n" +
		"An FBI Special Agent from Boston joined the search for a missing boater. Storm Kessler, 30, was found safe.\n"
	checkEntities(t, text, []entityCase{
		{name: "Hurricane Odile", kind: Organisation},
		{name: "New England", kind: Place},
		{name: "Riverside Drive", kind: Place},
		{name: "Pike Falls", kind: Place},
		{name: "Gulf Stream", kind: Place},
		{name: "Alma Ruiz", kind: Person},
		{name: "Storm Kessler", kind: Person},
	})
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Name == "Special Agent" || e.Name == "FBI Special Agent" {
			t.Errorf("a rank with no name is no entity: %+v", e)
		}
	}
}

// TestPlaceHeadFirstWordShortens: a firm whose first word is a place's head
// noun ("Harbor", "Bay") goes by that word when the article writes it
// alone inside a sentence; a word only at a sentence's start may be a
// common noun. The story is written for this test, in no question set.
func TestPlaceHeadFirstWordShortens(t *testing.T) {
	text := "Canners to merge\n\n" +
		"TACOMA, Wash. (AP) — Bay Foods agreed on Monday to buy Kettle Ridge Canning for $90 million.\n\n" +
		"Lenders will lend Bay about $60 million for the purchase.\n\n" +
		"Village Foods, a supplier, said it expected no change. Village officials declined to comment.\n"
	checkEntities(t, text, []entityCase{
		{name: "Bay Foods", kind: Organisation, aliases: []string{"Bay"}},
		{name: "Village Foods", kind: Organisation, not: []string{"Village"}},
	})
}
