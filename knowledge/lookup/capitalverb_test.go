package lookup

import "testing"

// trailGrant is a short article written for this test, in no question
// set: a sentence whose only word spelled like a verb of saying is part
// of a name ("the United States").
const trailGrant = `New trail opens along Pine Ridge

HALSTEAD, Mont. (AP) — A 6-mile hiking trail opened Saturday on Pine Ridge, east of Halstead.

A $90,000 grant from the United States Forest Service paid for the trail. Volunteers from the Halstead Hiking Club cleared the path over two summers.

Club president Nora Quill said the trail would bring more visitors to the town.
`

// TestNameIsNoSpeechVerb: "States" in "the United States" is part of a
// name, so the sentence is told as fact, not as a claim.
func TestNameIsNoSpeechVerb(t *testing.T) {
	e := engineOf(t, trailGrant)
	checkAnswers(t, e, []answerCase{
		{"did the forest service pay for the trail", []string{"Yes"}, []string{"claim"}},
	})
}
