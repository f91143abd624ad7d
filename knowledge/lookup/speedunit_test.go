package lookup

import "testing"

// tortoiseWalk is a short article written for this test, in no question
// set: a speed written as miles per hour and one as kilometers an hour,
// and no distance.
const tortoiseWalk = `Escaped tortoise found after week on the loose

GRANBY, Colo. (AP) — A 90-year-old tortoise that wandered out of the Granby Reptile Park last week was found Monday in a neighbor's garden, park officials said.

Keepers said the tortoise, named Sheldon, walks at about 0.2 miles per hour. A park van carried him home at 40 kilometers an hour.
`

// "0.2 miles per hour" is a speed: it answers how fast and is no
// distance; "40 kilometers an hour" likewise.
func TestSpeedWrittenOut(t *testing.T) {
	e := engineOf(t, tortoiseWalk)
	checkAnswers(t, e, []answerCase{
		{"how fast does sheldon walk", []string{"0.2 miles per hour"}, nil},
		{"how fast did the van go", []string{"40 kilometers an hour"}, nil},
		{"how far did sheldon walk", nil, []string{"0.2 miles"}},
		{"how far is the garden from the park", nil, []string{"0.2 miles", "40 kilometers"}},
	})
}
