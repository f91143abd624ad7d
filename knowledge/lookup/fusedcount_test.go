package lookup

import "testing"

// pellaSlide is a short article written for this test, in no question
// set: a sentence that names the hurt holds a distance, and another
// counts them.
const pellaSlide = `Rockslide blocks road to Pella

PELLA, Greece (AP) — A rockslide buried a stretch of mountain road near Pella on Monday, officials said.

Two workers were injured, officials said.

A helicopter flew the hurt to a hospital 40 miles away.

Crews expect to clear the road by Friday.
`

// "How many were hurt" counts people or things with "many" alone: a
// figure in miles counts no one, while "how many miles" still asks it.
func TestFusedCountIsNoMeasure(t *testing.T) {
	e := engineOf(t, pellaSlide)
	checkAnswers(t, e, []answerCase{
		{"how many were hurt", []string{"Two"}, []string{"40 miles."}},
		{"how many miles away is the hospital", []string{"40 miles"}, nil},
	})
}
