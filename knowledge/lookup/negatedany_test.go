package lookup

import "testing"

// dieselCreekSpill is a short article written for this test, in no question
// set: "not … any" before the noun of the asked act, where "no" would
// stand in another wording.
const dieselCreekSpill = `Diesel spill closes creek to anglers

MILTON, Pa. (AP) — About 300 gallons of diesel fuel spilled into Limestone Creek on Tuesday after a tanker truck overturned, state officials said.

Wardens had not found any dead fish by Wednesday evening, the Fish and Boat Commission said. The township had not received any complaints about the smell by Thursday, the township manager said.
`

func TestNegatedAnyObject(t *testing.T) {
	e := engineOf(t, dieselCreekSpill)
	checkOpenings(t, e, []openingCase{
		{q: "did wardens find dead fish", first: "No"},
		{q: "did anybody complain about the smell", first: "No"},
		{q: "did a tanker truck overturn", first: "Yes"},
	})
}

// A bare plural object of a negated verb is denied as "any" would be:
// "will not charge tolls" says there are no tolls. The story is written
// for this test, in no question set.
func TestNegatedBarePluralObject(t *testing.T) {
	e := engineOf(t, "Ferry to run free\n\nBATH, Maine (AP) — The new ferry to Arrowsic Island began service on Monday.\n\nThe ferry will not charge fares.\n")
	checkOpenings(t, e, []openingCase{
		{q: "is there a fare", first: "No"},
	})
}
