package lookup

import "testing"

// dalbyNurseStrike is a short article written for this test, in no
// question set: a union local named by its number ("Local 412 of the
// Midwest Nurses"), which counts nothing, in a sentence that holds the
// words of a count the article does not give.
const dalbyNurseStrike = `Nurses at Dalby hospital vote to strike

DALBY, Wis. (AP) — Nurses at Dalby General Hospital voted 212-9 to strike, union officials said Monday.

The union that represents the hospital's nurses, Local 412 of the Midwest Nurses, said the bonus was too small. Nurses with a decade of service would get a bonus under the hospital's offer.
`

func TestUnionLocalCountsNothing(t *testing.T) {
	e := engineOf(t, dalbyNurseStrike)
	// "Local 412" names the union's subdivision: no count of nurses
	checkWantOrRefused(t, e, []wantCase{{"how many nurses will get a bonus", ""}, {"what was the strike vote", "212-9"}})
}
