package lookup

import "testing"

// passiveItQuilt is a short article written for this test, in no question
// set: the story's subject is referred back to with "it" in passive
// sentences whose by-phrases name the doers, and "it" is the doer of one
// active verb.
const passiveItQuilt = `Quilt wins top ribbon at county fair

GREENFIELD, Ind. (AP) — A quilt stitched from old feed sacks won the top ribbon at the Hancock County Fair on Saturday.

It was sewn over three winters by the Sugar Creek Quilters, a church group of nine women.

It will be shown next month by the Indiana State Museum in Indianapolis.

The fair drew 40,000 visitors. It ended on Sunday.
`

// A passive's "it" is the one acted on: the doer is the by-phrase's
// agent (Quirk et al. 1985, §3.63, §3.67).
func TestPassiveItLeavesTheDoerToBy(t *testing.T) {
	e := engineOf(t, passiveItQuilt)
	checkOpenings(t, e, []openingCase{
		{q: "who sewed it", first: "Sugar Creek Quilters"},
		{q: "who will show it", first: "Indiana State Museum"},
	})
}
