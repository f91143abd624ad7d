package lookup

import "testing"

// A length right before "from" states how far away a thing is; a thing
// no distance is given for is not answered by another's.
func TestDistanceAdverb(t *testing.T) {
	e := engineOf(t, "Lost dog found\n\nBEND, Ore. (AP) — A dog missing since Friday was found Monday in a barn about 3 miles from its home, its owner said.\n\nThe owner's truck was parked at the trailhead.\n")
	checkAnswers(t, e, []answerCase{
		{"how far from its home was the dog found", []string{"3 miles"}, nil},
		// the article gives no distance for the truck
		{"how far from the trailhead was the truck parked", nil, []string{"3 miles"}},
	})
}
