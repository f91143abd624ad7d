package lookup

import "testing"

// TestPlaceInRelativeClause checks, on a short obituary written for this
// test, that the street of the lead's relative clause ("who sold nails and
// paint on Center Avenue") answers where he sold them, not where he died:
// that is the dateline's town.
func TestPlaceInRelativeClause(t *testing.T) {
	e := engineOf(t, "Rudy Paskett, Granby hardware store owner, dies at 79\n\n"+
		"GRANBY, Colo. (AP) — Rudy Paskett, who sold nails and paint on Center Avenue for 40 years, died Friday at his home. He was 79.\n\n"+
		"His daughter, Carla Paskett-Dunn, said he had cancer.\n")
	checkAnswers(t, e, []answerCase{
		{"where did rudy die", []string{"Granby"}, []string{"Center Avenue."}},
		{"where did rudy paskett sell paint", []string{"Center Avenue"}, nil},
	})
}
