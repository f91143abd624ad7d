package lookup

import "testing"

// grainFire is a short article written for these tests, in no question
// set: the headline names the event by a noun ("blaze") the lead does not
// use, and the lead names no place but its dateline.
const grainFire = `Grain elevator blaze forces evacuations

TULLOCH, Kan. (AP) — Flames tore through a grain elevator early Monday, and about 40 families were told to leave their homes.

No one was hurt, Fire Chief Ida Morrow said.
`

// TestHeadlineEventAtDateline checks that a where-question only the
// headline holds whole is answered by the lead's dateline, citing both,
// and that one the headline does not hold whole is not.
func TestHeadlineEventAtDateline(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, grainFire)
	checkOpenings(t, e, []openingCase{
		{"where was the elevator blaze", "Tulloch, Kan.", []string{"Flames tore"}, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"where was the warehouse blaze", nil, []string{"Tulloch"}},
	})
}
