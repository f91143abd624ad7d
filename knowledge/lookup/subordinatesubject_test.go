package lookup

import "testing"

// bikePath is a short article written for this test, in no question set:
// the verb asked stands in an adverbial clause after a subordinator, its
// predicate coordinated with one whose -ed verb WordNet also files as an
// adjective ("escaped").
const bikePath = `Cyclist hurt in hit-and-run on river trail

BOISE, Idaho (AP) — A cyclist was seriously hurt on the Greenbelt trail late Tuesday, minutes after a jogger stopped and called 911, police said.

The cyclist, a 52-year-old man, was taken to St. Luke's hospital. Police said a dog that escaped and chased riders may have caused the crash.
`

func TestSubordinateSubject(t *testing.T) {
	e := engineOf(t, bikePath)
	checkOpenings(t, e, []openingCase{
		{q: "who called 911", first: "A jogger."},
	})
}
