package lookup

import "testing"

// boatTheft is a short article written for this test, in no question
// set: the one arrested is named with his hometown after "of" before the
// passive verb, and the sentence also names the sheriff who reports it.
const boatTheft = `Man arrested in theft of fishing boats

DULUTH, Minn. (AP) — A man suspected of stealing four fishing boats from a Lake Superior marina has been arrested, authorities said.

Carl Dean Moberg of Two Harbors was arrested Monday at a campground near Finland after a ranger spotted one of the boats, St. Louis County Sheriff Gordon Ramsay said. Moberg faces four counts of felony theft.
`

func TestHometownPatient(t *testing.T) {
	e := engineOf(t, boatTheft)
	checkOpenings(t, e, []openingCase{
		{q: "who was arrested", first: "Carl Dean Moberg", want: []string{"was arrested Monday"}},
	})
}
