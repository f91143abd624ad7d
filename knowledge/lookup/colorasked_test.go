package lookup

import "testing"

// stolenTruck is a short article written for this test, in no question
// set: one vehicle given a colour, another not, and a capitalised name
// that holds a colour word.
const stolenTruck = `Police recover stolen pickup in Brandt Lake

BRANDT LAKE, Minn. (AP) — Police on Monday found a red pickup truck that was stolen from a hardware store parking lot last week, Chief Ana Holt said.

The thief left behind a 2011 sedan with a broken window at the Silver Creek gas station.
`

func TestColorAskedNamesAColour(t *testing.T) {
	e := engineOf(t, stolenTruck)
	checkWantOrRefused(t, e, []wantCase{
		{"what color was the pickup", "Red"},
		// the sedan's colour is not given; "Silver Creek" is a name
		{"what color is the sedan", ""},
		{"what colour was the car the thief left", ""},
	})
}
