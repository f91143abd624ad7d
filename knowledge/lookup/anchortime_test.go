package lookup

import "testing"

// ferryCrash is a short article written for these tests, in no question
// set: an arrest dated by the crash it followed, before the sentence
// that dates the crash itself.
const ferryCrash = `Ferry captain charged after dock crash

PORT ELLIS, Maine (AP) — A ferry captain was charged Monday with reckless conduct.

Troy Amsel, 51, has been free on bail since his arrest two days after the crash.

The crash on June 3 injured four passengers at the town dock.
`

// TestAnchoredTime does not date an event by a time counted from it.
func TestAnchoredTime(t *testing.T) {
	e := engineOf(t, ferryCrash)
	checkOpenings(t, e, []openingCase{
		{"when did the crash happen", "On June 3", nil, []string{"Two days after"}},
		{"when was amsel arrested", "Two days after the crash", nil, nil},
	})
}
