package lookup

import "testing"

// sinkholeFence is a short article written for this test, in no question
// set: a dimension stated only as a hyphenated compound premodifying a
// noun ("a 40-foot-wide sinkhole"), beside another length of the same
// unit that measures something else.
const sinkholeFence = `Sinkhole swallows parking lot

DORRANCE, Fla. (AP) — A 40-foot-wide sinkhole opened Sunday in the parking lot of a grocery store in Dorrance, officials said.

Crews put up 120 feet of fence around the sinkhole on Monday. No one was hurt.
`

// TestHyphenatedDimension: "a 40-foot-wide sinkhole" is the measure
// phrase "40 feet wide" premodifying its noun, so it answers "how wide",
// and the fence's length does not.
func TestHyphenatedDimension(t *testing.T) {
	e := engineOf(t, sinkholeFence)
	checkAnswers(t, e, []answerCase{
		{"how wide is the sinkhole", []string{"40-foot-wide"}, []string{"120"}},
		{"how wide was the sinkhole?", []string{"40-foot-wide"}, []string{"120"}},
	})
}
