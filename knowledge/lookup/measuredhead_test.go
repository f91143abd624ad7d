package lookup

import "testing"

// bronzeStatue is a short article written for this test, in no question
// set: a height premodifying a noun with a noun of material between, and
// a distance in the same sentence.
const bronzeStatue = `Town unveils statue of its founder

GRANVILLE, Ohio (AP) — The 14-foot bronze statue of town founder Abel Pruitt was unveiled Saturday in a park about 2 miles north of downtown, Mayor Lena Ruiz said.

A 6-foot granite base holds a plaque with Pruitt's name.
`

func TestMeasurePremodifiesHead(t *testing.T) {
	e := engineOf(t, bronzeStatue)
	checkOpenings(t, e, []openingCase{
		// "14-foot" measures the head "statue", past "bronze"
		{"how tall is the statue", "14-foot.", nil, nil},
		// and "6-foot" the base, past "granite"
		{"how tall is the base", "6-foot.", nil, nil},
	})
}
