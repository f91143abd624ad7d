package lookup

import "testing"

// A relation noun a possessive determines names the possessor's
// relative: it is no word of the possessor's introduction, so the
// husband set in apposition answers for "husband" and the father's
// quotation is no answer for "dad".
func TestPossessedRelative(t *testing.T) {
	e := engineOf(t, "Gondola stalls for two hours\n\nRIDGEWAY, Colo. (AP) — A gondola at Ridgeway Mountain stopped for two hours on Saturday with 40 riders aboard.\n\n\"We told stories to pass the time,\" said Ben Archer, who was riding with his 8-year-old son.\n\nCarla Diaz, who founded the ski school with her brother in 2004, said lessons would resume Sunday.\n\nHer husband, Luis Diaz, said the cold was the worst part. \"My feet went numb,\" he said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the husband say", []string{"Luis Diaz"}, []string{"Ben Archer"}},
		{"what did the dad say", nil, []string{"told stories"}},
	})
}

// The city and its unnamed bodies speak for themselves: "what did the
// city say" reads "city" as the speaker, and a group's member is quoted
// only after a plural summary ("city officials said").
func TestUnnamedBodySpeaker(t *testing.T) {
	e := engineOf(t, "Water main break floods street\n\nMARLOW, Okla. (AP) — A water main broke under Grand Avenue early Monday, flooding six basements, city officials said.\n\nService was restored by noon, the city said.\n\nHydrologist Ines Ruiz of Marlow State University said old cast-iron pipes crack in hard freezes. \"Cast iron gets brittle with age,\" Ruiz said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the city say", []string{"restored by noon", "flooding six basements"}, []string{"brittle"}},
	})
}
