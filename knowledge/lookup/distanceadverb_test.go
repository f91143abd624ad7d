package lookup

import "testing"

// "How far away" asks the distance however the article states it, with
// "from" as well as with "away"; a thing no distance is given for is
// not answered by another's.
func TestDistanceAdverb(t *testing.T) {
	e := engineOf(t, "Lost dog found\n\nBEND, Ore. (AP) — A dog missing since Friday was found Monday in a barn about 3 miles from its home, its owner said.\n\nThe owner's truck was parked at the trailhead.\n")
	checkAnswers(t, e, []answerCase{
		{"how far away was the dog found", []string{"3 miles"}, nil},
		// the article gives no distance for the truck
		{"how far away was the truck parked", nil, []string{"3 miles"}},
	})
}
