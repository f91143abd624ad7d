package lookup

import "testing"

// skatingMeet is a short article written for this test, in no question
// set: two skaters' times, one given in words ("1 minute, 53.41
// seconds"), and a surname that itself ends in "s" (Bos).
const skatingMeet = `Lindqvist wins speedskating 1,500 in Milwaukee

MILWAUKEE (AP) — Ingrid Lindqvist of Sweden won the women's 1,500 meters at the World Cup speedskating meet on Saturday, and Canada's Marie Fontaine took the 500.

Lindqvist, 25, was timed in 1 minute, 53.41 seconds, with the Netherlands' Femke Bos second in 1:54.02.

"The ice was fast and I felt light," said Lindqvist, whose coach is former Olympian Arne Holm.

Fontaine finished the 500 in 37.18 seconds. Bos, 29, has won two world titles.
`

func TestGenitiveTypedWithoutApostrophe(t *testing.T) {
	checkOpenings(t, engineOf(t, skatingMeet), []openingCase{
		// "lindqvists time" is Lindqvist's time, not the lead's sentence
		{"lindqvists time?", "1 minute, 53.41 seconds.", nil, nil},
		{"fontaines time", "37.18 seconds.", nil, nil},
		// a surname in -s stays itself
		{"how old is bos", "Femke Bos is 29.", nil, nil},
	})
}
