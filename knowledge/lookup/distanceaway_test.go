package lookup

import "testing"

// meteoriteFall is a short article written for this test, in no question
// set: a distance told by a compass direction, never with "away", and a
// measure of size.
const meteoriteFall = `Meteorite lands in farm field near Calder

CALDER, N.D. (AP) — A meteorite the size of a softball landed in a wheat field about 12 miles northeast of Calder on Friday night, the county sheriff said.

The rock left a 2-foot crater. A farmer found it Saturday morning.
`

// "how far away" asks a distance, which "12 miles northeast of" states
// as "12 miles away" would; a size is no distance.
func TestHowFarAwayByADirection(t *testing.T) {
	e := engineOf(t, meteoriteFall)
	checkAnswers(t, e, []answerCase{
		{"how far away did the meteorite land", []string{"12 miles"}, nil},
		{"how far away was the crater", nil, []string{"2-foot"}},
	})
}
