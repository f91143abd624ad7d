package knowledge

import "testing"

// A name that opens with a place's name of two or more words is a
// business's ("Cedar Creek Outfitters"), while a person's name with a
// given name first stays a person's ("Glenn Ridge Tanner" is no
// business); the article written for this test is in no question set.
func TestPlaceLedName(t *testing.T) {
	text := "Rafting season opens\n\nMOAB, Utah (AP) — Rafts run by Cedar Creek Outfitters launched Monday for the season.\n\n" +
		"\"The water is high this year,\" said Glenn Ridge Tanner, a guide.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]EntityKind{"Cedar Creek Outfitters": Organisation, "Glenn Ridge Tanner": Person} {
		if e, ok := a.Entity(name); !ok || e.Kind != want {
			t.Errorf("%s: want %v, got %+v (%v)", name, want, e, ok)
		}
	}
}

// A team named for a city the article names, whose first word is also a
// given name ("Des Moines"), is an organisation; a person whose given
// name is a city's stays a person.
func TestCityLedTeam(t *testing.T) {
	text := "Ice Hawks reach final\n\nDES MOINES, Iowa (AP) — Mikko Laine scored twice, and the Des Moines Ice Hawks beat the Rockford Falcons 4-2 on Saturday.\n\n" +
		"\"We went to the net,\" said Austin Wells, the team's captain.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]EntityKind{"Des Moines Ice Hawks": Organisation, "Austin Wells": Person} {
		if e, ok := a.Entity(name); !ok || e.Kind != want {
			t.Errorf("%s: want %v, got %+v (%v)", name, want, e, ok)
		}
	}
}
