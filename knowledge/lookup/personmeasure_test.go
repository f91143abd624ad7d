package lookup

import (
	"testing"

	"storybot/knowledge"
)

// ridgeMoose is a short article written for these tests, in no question
// set: a measure compound premodifies a person noun in the sentence that
// tells of the thing asked about.
const ridgeMoose = `Hiker photographs rare white moose near Ridgeway

RIDGEWAY, Mont. (AP) — A 6-foot-2 hiker from Bozeman photographed a white moose on a trail above Ridgeway on Friday, state wildlife officials said.

Nora Quist, 41, said the moose ignored her and walked into the trees.
`

// TestPersonMeasureNotThing does not answer a thing's height with the
// height of the person its sentence measures, and still answers the
// person's.
func TestPersonMeasureNotThing(t *testing.T) {
	e := engineOf(t, ridgeMoose)
	if a := ask(t, e, knowledge.Question{Text: "how tall was the moose"}); a.Found {
		t.Errorf("answered %q; the article gives the hiker's height, not the moose's", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{"how tall is the hiker", "6-foot-2", nil, nil},
	})
}
