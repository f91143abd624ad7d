package lookup

import "testing"

// quarryFloods is a short article written for this test, in no question
// set: two times coordinated after one preposition, and a range.
const quarryFloods = `Quarry road floods again

MERRITT, Ore. (AP) — The Quarry Road underpass flooded Monday for the third time in a decade, after floods in 2016 and 2021 closed it for weeks.

Crews will work on the drains July 8 through July 12.
`

func TestCoordinatedTimesAnswerTogether(t *testing.T) {
	checkOpenings(t, engineOf(t, quarryFloods), []openingCase{
		// "after floods in 2016 and 2021": both years, not the first alone
		{"when were the earlier floods", "In 2016 and 2021", nil, nil},
		{"when will crews work on the drains", "July 8 through July 12", nil, nil},
	})
}
