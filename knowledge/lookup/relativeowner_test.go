package lookup

import "testing"

// grassFire is a short article written for these tests, in no question
// set: the story's fire named by a kind of fire ("wildfire"), and an earlier fire
// whose size a non-restrictive relative clause gives.
const grassFire = `Wildfire burns near Boise

BOISE, Idaho (AP) — A wildfire burned 900 acres of grass east of Boise on Monday, officials said. The Lucky Peak Fire started near a trailhead.

The fire was the largest near the city since the 2016 Table Rock Fire, which burned more than 2,500 acres. Gusts of up to 35 mph pushed the flames toward homes. The wind had died down by evening.
`

// TestRelativeClauseOwner: a figure in ", which …" after another name is
// that name's, so it does not answer a question of the story's own fire;
// asked of the named fire, it does.
func TestRelativeClauseOwner(t *testing.T) {
	e := engineOf(t, grassFire)
	checkAnswers(t, e, []answerCase{
		{"how big is the fire", []string{"900 acres"}, []string{"2,500 acres."}},
		{"how big was the table rock fire", []string{"2,500"}, nil},
	})
}

// TestMeasureOfAKind: "how fast was the wind" is answered by the speed of
// the gusts, which WordNet files as a kind of wind.
func TestMeasureOfAKind(t *testing.T) {
	e := engineOf(t, grassFire)
	checkAnswers(t, e, []answerCase{
		{"how fast was the wind", []string{"35 mph"}, nil},
	})
}
