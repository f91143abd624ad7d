package lookup

import "testing"

// libraryGroundbreaking is a short article written for this test, in no
// question set: a new building's length and lifetime in one sentence,
// and the old building's length and width in another.
const libraryGroundbreaking = `Millbrook breaks ground on new library

MILLBROOK, Vt. (AP) — Millbrook broke ground Tuesday on a new public library, town officials said.

The new library, designed to last 75 years, will be 140 feet long, architect Rosa Diaz said. The old library is 80 feet long and 40 feet wide.
`

// "how long will X be" asks the length of a thing, as "how long is X"
// does, not a span of time; a measure of "the old library" tells
// nothing of the new one.
func TestLengthAskedWithAModal(t *testing.T) {
	e := engineOf(t, libraryGroundbreaking)
	checkAnswers(t, e, []answerCase{
		{"how long will the new library be", []string{"140 feet."}, []string{"75 years."}},
		{"how wide will the new library be", nil, []string{"40 feet"}},
		{"how wide is the old library", []string{"40 feet"}, nil},
	})
}
