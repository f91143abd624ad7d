package lookup

import "testing"

// pastureMeteorite is a short article written for this test, in no
// question set: a find whose place the lead gives with another verb, and
// a superlative whose "ever found in" phrase names only the set it is
// ranked against.
const pastureMeteorite = `Iron meteorite lands in Kerrow pasture

KERROW, Ireland (AP) — An iron meteorite weighing 40 pounds has turned up in a sheep pasture outside Kerrow, geologists at Northfield University said Monday.

It is the largest iron meteorite ever found in Ireland, said Dr. Aine Boyle, who examined it.

It is the first meteorite ever recorded in the county, Boyle said.
`

func TestComparisonDomainIsNoPlace(t *testing.T) {
	e := engineOf(t, pastureMeteorite)
	// "ever found in Ireland" ranks it against all finds there: not where
	// it was found, and no answer is better than that one
	checkWantOrRefused(t, e, []wantCase{
		{"where was the meteorite found", ""},
		{"where was it recorded", ""},
	})
}
