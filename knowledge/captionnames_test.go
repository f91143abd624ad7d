package knowledge

import "testing"

// TestCaptionPeople: a person the caption names in full and the body by
// surname only is one person, named in full; the photographer of the
// credit, a caption person the body never names and a thing the body
// names but never quotes are no entities.
func TestCaptionPeople(t *testing.T) {
	text := "Council passes leash law\n" +
		"Council member Nora Pike, D-Eastfield, speaks beside Mayor Jo Wendt and a Lakeshore Terrier at City Hall. (AP Photo/Sam Reyes)\n\n" +
		"SPRINGDALE, Ark. (AP) — The council voted 5-2 on Monday to require leashes in every city park.\n\n" +
		"\"Parks are for everyone,\" said Pike, the ordinance's author. Terrier owners were unhappy.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pike bool
	for _, e := range a.Entities {
		switch e.Name {
		case "Nora Pike":
			pike = e.Kind == Person && len(e.Paragraphs) > 0
		case "Sam Reyes", "Jo Wendt", "Lakeshore Terrier":
			t.Errorf("%s is named only in the caption or its credit, yet is an entity", e.Name)
		}
	}
	if !pike {
		t.Fatalf("the caption's Nora Pike is not a person: %+v", a.Entities)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Nora Pike" {
		t.Errorf("quotes %+v, want Pike's", a.Quotes)
	}
}
