package lookup

import "testing"

// TestPossessivePlaceIsHome checks that a place's possessive just before a
// person's name ("Norway's Ingrid Dahl") answers where the person is from,
// and that an organisation's possessive ("Orbix's Tom Reyes") does not, on
// a short article written for this test.
func TestPossessivePlaceIsHome(t *testing.T) {
	e := engineOf(t, "Skier wins World Cup race\n\nDENVER (AP) — Norway's Ingrid Dahl won the World Cup downhill on Saturday in Aspen, Colorado.\n\nDahl, 24, finished ahead of Austria's Lena Moser. Orbix's Tom Reyes, who sponsors the race, handed out the trophy.\n")
	checkAnswers(t, e, []answerCase{
		{"where is dahl from", []string{"Norway"}, nil},
		{"what country is moser from", []string{"Austria"}, nil},
		{"where is tom reyes from", nil, []string{"Orbix"}},
	})
}
