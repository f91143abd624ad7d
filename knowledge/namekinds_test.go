package knowledge

import "testing"

// TestFirmsEventsAndDays: a firm opening a person's title or led by a
// family's surname is an organisation, a named fire is no person and has
// no initials, a named day is no entity, a dateline city is a place, a
// dotted acronym spells all its letters, and a lead word the article
// never writes alone is no short name.
func TestFirmsEventsAndDays(t *testing.T) {
	text := "Blaze closes mill\n\n" +
		"SPOKANE, Wash. (AP) — The Elk Ridge Fire forced Tamarack Lumber to close its mill near Colville, Wash. Crews said the fire grew overnight.\n\n" +
		"Tamarack Lumber CEO Joan Pryor said the company would pay its 200 workers through Labor Day. The mill buys logs from Pryor Timber, which Joan Pryor's brother runs.\n\n" +
		"Ash fell as far as Seattle, said Raul Ortega of the U.S. Geological Survey.\n\n" +
		"Prairie Watch, a nonpartisan group, said the mill had been fined before.\n"
	checkEntities(t, text, []entityCase{
		{name: "Elk Ridge Fire", kind: Organisation, not: []string{"ERF", "Fire"}},
		{name: "Tamarack Lumber", kind: Organisation, not: []string{"Lumber"}},
		{name: "Pryor Timber", kind: Organisation, not: []string{"Timber"}},
		{name: "Joan Pryor", kind: Person, aliases: []string{"Pryor"}},
		{name: "Colville", kind: Place},
		{name: "Seattle", kind: Place},
		{name: "U.S. Geological Survey", kind: Organisation, aliases: []string{"USGS"}},
		{name: "Prairie Watch", kind: Organisation, not: []string{"Prairie"}},
	})
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Name == "Labor Day" || e.Name == "Colville, Wash. Crews" || e.Name == "Wash. Crews" {
			t.Errorf("%q is no entity: %+v", e.Name, e)
		}
	}
}

// TestSurnamesThatArePlaceNouns: a person surnamed with a place's head
// noun ("Park", "Street") stays a person when a title stands before the
// given name, an age follows or the surname is cited beside "said"; a
// place after a preposition of place stays a place.
func TestSurnamesThatArePlaceNouns(t *testing.T) {
	text := "Clinic opens\n\n" +
		"BOISE, Idaho (AP) — The clinic opened Monday near Grant Park, said Jane Park, its director.\n\n" +
		"\"We waited years,\" Park said. Dr. Lee Park, her husband, treated the first patient.\n\n" +
		"Kim Street, 40, a nurse, said the building sits on Elm Street.\n"
	checkEntities(t, text, []entityCase{
		{name: "Grant Park", kind: Place},
		{name: "Jane Park", kind: Person, aliases: []string{"Park"}},
		{name: "Lee Park", kind: Person},
		{name: "Kim Street", kind: Person},
		{name: "Elm Street", kind: Place},
	})
}
