package lookup

import "testing"

// waterBill is a short article written for this test, in no question
// set: a place's name and a party noun after "a" describe a lawmaker
// ("a Tucson Democrat"), and are no name of a body.
const waterBill = `Arizona House passes groundwater bill

PHOENIX (AP) — The Arizona House voted 33-27 on Tuesday to limit groundwater pumping in rural valleys.

Rep. Ana Ruiz, a Tucson Democrat who wrote the measure, said wells in some towns had run dry. Rep. Carl Mott, a Yuma Republican who voted against it, said farms would lose water.

The bill now goes to the Senate.
`

func TestMemberNoun(t *testing.T) {
	e := engineOf(t, waterBill)
	checkOpenings(t, e, []openingCase{
		{q: "who wrote the measure", first: "Ana Ruiz"},
		{q: "who voted against the bill", first: "Carl Mott"},
	})
}
