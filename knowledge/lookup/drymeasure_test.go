package lookup

import "testing"

// oatsHarvest is a short article written for this test, in no question
// set: a harvest told in bushels beside the percentage it fell.
const oatsHarvest = `Oat harvest shrinks in Pell Valley

DORRANCE, Minn. (AP) — Growers in Pell Valley harvested 1.8 million bushels of oats this fall, down 22% from last year, the county extension office said Friday.

The valley's corn crop was spared by late rain, the office said.
`

// TestDryMeasureOfGrain checks that the bushel, the U.S. dry measure of
// grain, measures the mass "how much" asks about: "how much oats" is the
// bushels of oats, not the percentage the harvest fell by.
func TestDryMeasureOfGrain(t *testing.T) {
	e := engineOf(t, oatsHarvest)
	checkOpenings(t, e, []openingCase{
		{"how much oats did pell valley growers bring in", "1.8 million bushels", nil, nil},
		{"how much did the oat harvest fall", "22%", nil, nil},
	})
}
