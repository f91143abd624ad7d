package lookup

import "testing"

// quiltGift is a short article written for this test, in no question
// set: a size told as two lengths joined by "by", once with a unit after
// each and once with the unit written only after the last.
const quiltGift = `Library hangs donated quilt

ELM FALLS, Iowa (AP) — The Elm Falls Public Library has hung a hand-stitched quilt given by retired teacher Nora Pell, 77.

The quilt measures 7 feet by 9 feet and took Pell three years to sew.

A smaller banner she made for the children's room is 2 by 5 feet and hangs over the door.
`

// Lengths joined by "by" are one size: "how big" is answered by all of
// them, not by the first (the answer ends in a full stop, as the cited
// sentences do not there).
func TestByDimension(t *testing.T) {
	e := engineOf(t, quiltGift)
	checkAnswers(t, e, []answerCase{
		{"how big is the quilt", []string{"7 feet by 9 feet."}, nil},
		{"what size is the quilt", []string{"7 feet by 9 feet."}, nil},
		{"how big is the banner", []string{"2 by 5 feet."}, nil},
		{"how long did the quilt take to sew", []string{"three years"}, nil},
	})
}
