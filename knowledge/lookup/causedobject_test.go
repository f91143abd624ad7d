package lookup

import "testing"

// brantMudslide is a short article written for this test, in no question
// set: its lead names the mudslide inside another event's cause, and a
// later sentence has the mudslide as the object of "led to".
const brantMudslide = `Rail line closed near Brant

BRANT, Wash. (AP) — A freight train derailed near Brant on Sunday, and the cause was a mudslide that covered the tracks, railroad officials said.

Two days of heavy rain on a logged hillside led to the mudslide, a state geologist said Monday.
`

// "What led to X" is answered by the sentence that has X as the object
// of "led to", not by one that names X inside another event's cause.
func TestCausedObjectAnswers(t *testing.T) {
	e := engineOf(t, brantMudslide)
	checkOpenings(t, e, []openingCase{
		{q: "what led to the mudslide", first: "Two days of heavy rain"},
		{q: "what caused the mudslide", first: "Two days of heavy rain"},
		{q: "what caused the derailment", first: "BRANT"},
	})
}
