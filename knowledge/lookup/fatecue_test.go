package lookup

import "testing"

// A story that tells what lies ahead for a thing it first mentions in
// the past.
const fateCueStory = `Old trolley returns to Scranton

SCRANTON, Pa. (AP) — A 1926 trolley car that sat in a barn for 60 years was towed back to Scranton on Monday, museum officials said.

The trolley was built by the J.G. Brill Co. and carried riders until 1954.

Volunteers will repaint the trolley this winter, and it will run on a short museum track starting in May, curator Ruth Kane said. The barn where it was stored will be torn down.
`

func TestWhatHappensToX(t *testing.T) {
	e := engineOf(t, fateCueStory)
	checkAnswers(t, e, []answerCase{
		{"what happens to the trolley now", []string{"repaint"}, []string{"towed"}},
		{"what will happen to the barn", []string{"torn down"}, nil},
		{"whats gonna happen to the trolley", []string{"repaint"}, nil},
	})
}
