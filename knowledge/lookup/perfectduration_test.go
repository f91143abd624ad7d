package lookup

import "testing"

// orchardFamily is a short article written for this test, in no question
// set: a family that has owned an orchard "since 1931", in a sentence
// that also gives a distance in miles.
const orchardFamily = `Old orchard yields a rare apple

WENATCHEE, Wash. (AP) — A grower found a tree of a long-lost apple variety on the Lund family's orchard, about 12 miles north of Wenatchee.

The tree stands behind the packing shed of Ellen Lund, 72, whose family has owned the orchard since 1931.

Botanists will graft cuttings from the tree this spring.
`

// "how long has the family owned the orchard" is in the perfect: it asks
// a span of time up to now, which "since 1931" states and "12 miles"
// does not.
func TestPerfectHowLongAsksDuration(t *testing.T) {
	e := engineOf(t, orchardFamily)
	checkAnswers(t, e, []answerCase{
		{"how long has the lund family had the orchard", []string{"1931"}, []string{"miles"}},
		{"how long have the lunds owned the orchard", []string{"1931"}, []string{"miles"}},
	})
}
