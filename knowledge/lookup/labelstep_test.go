package lookup

import "testing"

// brennaStorm is a short article written for this test, in no question
// set: a storm given two numbered steps of its scale, one at landfall and
// a higher one before it.
const brennaStorm = `Hurricane Brenna weakens over Texas

PORT LAVACA, Texas (AP) — Hurricane Brenna came ashore Friday as a Category 1 storm, flooding roads along the bay.

Brenna had grown to a Category 3 over open water on Wednesday before dry air weakened it, forecasters said.
`

// TestStepCompared: "ever stronger than a cat 1" is answered by a higher
// numbered step the article gives the storm, the label clipped in chat.
func TestStepCompared(t *testing.T) {
	e := engineOf(t, brennaStorm)
	checkAnswers(t, e, []answerCase{
		{"was brenna ever stronger than a cat 1", []string{"Yes —", "Category 3"}, nil},
		{"was brenna ever stronger than a category 3", nil, []string{"Yes —"}},
	})
}
