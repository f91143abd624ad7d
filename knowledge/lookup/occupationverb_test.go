package lookup

import "testing"

// bandLoan is a short article written for this test, in no question set:
// an irregular past verb stands right before a lower-case occupational
// title and a name.
const bandLoan = `Town band gets new tuba

PELL CITY, Ala. (AP) — The Pell City Band got a new tuba on Friday, a year after the town council lent drummer Otis Vane $900 to fix the old one.

"It sounds like thunder," Vane said.
`

// A verb is no premodifier of the noun after it (Quirk et al., §17.97):
// "lent drummer Otis Vane" makes him a drummer, not a "lent drummer".
func TestNoVerbInOccupationalTitle(t *testing.T) {
	e := engineOf(t, bandLoan)
	checkAnswers(t, e, []answerCase{
		{"who is otis vane", []string{"is the drummer"}, []string{"the lent drummer"}},
	})
}
