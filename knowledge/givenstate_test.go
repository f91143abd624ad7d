package knowledge

import "testing"

// TestGivenStateTitle: a person named before a state that modifies her
// title ("Dana Ruiz, Ohio political director for the union,") is a
// person who is quoted.
func TestGivenStateTitle(t *testing.T) {
	text := "Union backs levy\n\n" +
		"XENIA, Ohio (AP) — Teachers in Xenia, Ohio, voted Monday to back the school levy.\n\n" +
		"Dana Ruiz, Ohio political director for the teachers union, said the vote was close.\n\n" +
		"\"Our members want the levy to pass,\" Ruiz said.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]EntityKind{}
	for _, e := range a.Entities {
		kinds[e.Name] = e.Kind
	}
	if kinds["Dana Ruiz"] != Person {
		t.Errorf("Dana Ruiz is %q, want a person: %+v", kinds["Dana Ruiz"], a.Entities)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Dana Ruiz" {
		t.Errorf("quotes %+v, want Ruiz's", a.Quotes)
	}
}
