package knowledge

import "testing"

// A name that opens with a place's name of two or more words is a
// business's ("Cedar Creek Outfitters"), while a person's name with a
// given name first stays a person's ("Glenn Ridge Tanner" is no
// business); the article written for this test is in no question set.
func TestPlaceLedName(t *testing.T) {
	checkEntities(t, "Rafting season opens\n\nMOAB, Utah (AP) — Rafts run by Cedar Creek Outfitters launched Monday for the season.\n\n"+
		"\"The water is high this year,\" said Glenn Ridge Tanner, a guide.\n",
		[]entityCase{{name: "Cedar Creek Outfitters", kind: Organisation}, {name: "Glenn Ridge Tanner", kind: Person}})
}

// A team named for a city the article names, whose first word is also a
// given name ("Des Moines"), is an organisation, and its nickname on
// second reference ("the Ice Hawks") is the same team; a person whose
// given name is a city's stays a person.
func TestCityLedTeam(t *testing.T) {
	checkEntities(t, "Ice Hawks reach final\n\nDES MOINES, Iowa (AP) — Mikko Laine scored twice, and the Des Moines Ice Hawks beat the Rockford Falcons 4-2 on Saturday.\n\n"+
		"Goalie Trent Booker made 31 saves for the Ice Hawks.\n\n\"We went to the net,\" said Austin Wells, the team's captain.\n",
		[]entityCase{{name: "Des Moines Ice Hawks", kind: Organisation, aliases: []string{"Ice Hawks"}}, {name: "Austin Wells", kind: Person}})
}
