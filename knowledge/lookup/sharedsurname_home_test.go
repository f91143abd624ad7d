package lookup

import "testing"

// riverRescue is a short article written for this test, in no question
// set: a father and son who share a surname, each with his own hometown
// after his full name.
const riverRescue = `Teen lifeguard pulls swimmer from river

BRISTOL, Conn. (AP) — A 16-year-old lifeguard pulled a swimmer from the Pequabuck River on Sunday, police said.

Owen Marsh, 16, of Plainville, swam about 50 yards to reach the man. His father, Daniel Marsh of Southington, said his son had trained for years.
`

func TestHometownOfSharedSurname(t *testing.T) {
	e := engineOf(t, riverRescue)
	checkAnswers(t, e, []answerCase{
		// "Owen Marsh, 16, of Plainville" is not said of Daniel Marsh
		{"where is daniel marsh from", []string{"Southington"}, []string{"Plainville"}},
		{"where is owen marsh from", []string{"Plainville"}, []string{"Southington"}},
		// a possessed relative's residence, not the possessor's
		{"where does his father live", []string{"Southington"}, []string{"Plainville"}},
		{"where does owen live", []string{"Plainville"}, nil},
	})
	// no one is described as his coach: not the possessor's home
	refuses(t, e, "where does his coach live")
}
