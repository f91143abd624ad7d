package knowledge

import "testing"

// TestFamilyPlural: a surname in the plural after "the" names the family,
// so the person whose surname it is stays a person and keeps her
// quotation; a team's plural name after "the" still makes it a body.
func TestFamilyPlural(t *testing.T) {
	text := "Orchard named for family\n\n" +
		"The orchard's owner, Marguerite Ostby, 71, planted the first trees in 1979.\n\n" +
		"\"We never meant it to last this long,\" Ostby said.\n\n" +
		"The new apple variety honors the Ostbys.\n\n" +
		"Fans in Fresno cheered the Fresno Quails on Sunday."
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Marguerite Ostby" {
		t.Errorf("quotes %+v, want one by Marguerite Ostby", a.Quotes)
	}
	for _, e := range a.Entities {
		if e.Name == "Marguerite Ostby" && e.Kind != Person {
			t.Errorf("Marguerite Ostby is a %s, want a person", e.Kind)
		}
		if e.Name == "Fresno Quails" && e.Kind == Person {
			t.Errorf("Fresno Quails is a person")
		}
	}
	m := mention{i: 0, j: 1}
	c := &cand{name: "Amy Jones"}
	for w, want := range map[string]bool{"Joneses": true, "Jones": false, "Jonesy": false} {
		p := &para{toks: []token{{s: w}}}
		if got := familyPlural(p, m, c); got != want {
			t.Errorf("familyPlural(%q) = %v, want %v", w, got, want)
		}
	}
}
