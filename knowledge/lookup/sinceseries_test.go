package lookup

import "testing"

// waterMainBreak is a short article written for this test, in no
// question set: an ordinal whose series a since-phrase bounds.
const waterMainBreak = `Water main break floods downtown streets

TOLEDO, Ohio (AP) — A 36-inch water main broke under Adams Street early Monday, flooding three blocks of downtown and cutting water to about 2,000 customers.

It was the fourth major water main break in the city since 2022, utilities director Ed Lang said.
`

func TestSinceSeries(t *testing.T) {
	e := engineOf(t, waterMainBreak)
	checkOpenings(t, e, []openingCase{
		{q: "how many major breaks have there been since 2022", first: "4", want: []string{"since 2022"}},
	})
}
