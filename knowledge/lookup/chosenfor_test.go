package lookup

import "testing"

// ferryPick is a short article written for this test, in no question set:
// the headline picks someone without a name, the body names them with
// another appointing verb.
const ferryPick = `Ferry authority picks veteran captain to replace ousted director

BREMERTON, Wash. (AP) — The Kitsap Ferry Authority has named longtime captain Delia Moreno to replace Director Hal Quist, who was ousted last month.
`

// TestChosenFor checks that "who did they pick to …" is answered with
// the one who does the infinitive's act, not the unnamed headline.
func TestChosenFor(t *testing.T) {
	e := engineOf(t, ferryPick)
	checkOpenings(t, e, []openingCase{
		{q: "who did they pick to replace quist", first: "Delia Moreno."},
		{q: "who did they pick to replace him", first: "Delia Moreno."},
	})
}
