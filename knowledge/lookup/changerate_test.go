package lookup

import "testing"

// harborTown is a short article written for these tests, in no question
// set: changes in amount given as percentages, and an act whose speed is
// a time.
const harborTown = `Harbor town's schools shrink as rents rise

PELLAM, Ore. (AP) — Enrollment in the Pellam School District fell 6% this year, the district said Monday.

Rents in Pellam rose 11% over the same period, according to a county housing report.

After a water main broke Tuesday, repair crews arrived 20 minutes later.
`

func TestHowFastAChangeWent(t *testing.T) {
	e := engineOf(t, harborTown)
	checkOpenings(t, e, []openingCase{
		// a verb of calibratable change: the rate is the change's size
		{"how fast did rents go up", "11%", nil, []string{"6%"}},
		{"how quickly did enrollment fall", "6%", nil, []string{"11%"}},
		{"how fast is enrollment dropping", "6%", nil, []string{"11%"}},
		// no verb of change: the time the act took
		{"how fast did the crews arrive", "20 minutes", nil, nil},
	})
}
