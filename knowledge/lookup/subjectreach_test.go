package lookup

import "testing"

// TestSpeakerBeforeAppositive checks that a speaker described by words
// that stand before an appositive set off by commas ("The Friends of the
// Oak Hill Park, a neighborhood group, said") is found as the subject of
// the reporting verb after the appositive.
func TestSpeakerBeforeAppositive(t *testing.T) {
	e := engineOf(t, `Park to get new playground

OAK HILL, Ohio (AP) — The city will replace the playground at Oak Hill Park this summer, officials said.

The Friends of the Oak Hill Park Trails, a neighborhood group, said in a statement that it would plant 40 trees.
`)
	checkAnswers(t, e, []answerCase{
		{"what did the friends of the park say", []string{"plant 40 trees"}, nil},
	})
}
