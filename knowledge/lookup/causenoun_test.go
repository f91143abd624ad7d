package lookup

import "testing"

// toltDucks is a short article written for this test, in no question
// set: its lead names the cause with the noun "cause" after "the", and the
// paragraph after the lead only counts the dead.
const toltDucks = `Hundreds of ducks found dead along Oregon river

HALDEN, Ore. (AP) — Hundreds of dead ducks found along the Tolt River this week were killed by poisoning, wildlife officials said Monday, and the cause was lead shot left in a marsh.

The state counted 412 dead ducks along a 3-mile stretch of the river since Oct. 2.
`

// "the cause was …" gives a cause, so the lead answers first, not the
// paragraph after it.
func TestCauseNounGivesCause(t *testing.T) {
	e := engineOf(t, toltDucks)
	checkOpenings(t, e, []openingCase{
		{q: "what killed the ducks", first: "HALDEN", want: []string{"lead shot"}},
	})
}
