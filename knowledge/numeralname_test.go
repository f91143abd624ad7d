package knowledge

import "testing"

// TestNumeralOpensNameNotTitle: a plural title word after a cardinal in
// words ("the Three Sisters Wilderness") is a counted noun of a name, so
// the word after it is no person with the title "Sisters"; a plural
// title before names ("Justices Mei Lin Santos and Paul Everly") is
// still a title.
func TestNumeralOpensNameNotTitle(t *testing.T) {
	text := "Lost hiker found\n\n" +
		"BEND, Ore. (AP) — A 58-year-old hiker who went missing in the Three Sisters Wilderness was found alive Sunday, the sheriff's office said.\n\n" +
		"Justices Mei Lin Santos and Paul Everly were not involved.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Kind == Person && (e.Name == "Wilderness" || e.Title == "Sisters") {
			t.Errorf("%+v: a place's words read as a titled person", e)
		}
	}
	titles := map[string]string{}
	for _, e := range a.Entities {
		titles[e.Name] = e.Title
	}
	if titles["Paul Everly"] == "" && titles["Mei Lin Santos"] == "" {
		t.Errorf("the justices lost their plural title: %+v", a.Entities)
	}
}
