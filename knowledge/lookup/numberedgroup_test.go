package lookup

import "testing"

// climbersGroup is a short article written for these tests, in no
// question set: two climbers named together in the lead and told of
// later only as "the two women", and an act of "three rangers" the
// article never names.
const climbersGroup = `Stranded climbers rescued from Mount Hood ledge

GOVERNMENT CAMP, Ore. (AP) — Nora Klein, 31, and Ada Ruiz, 28, were lifted off a ledge on Mount Hood by a National Guard helicopter on Sunday, the sheriff's office said.

The two women had set out before dawn Friday to climb the south side of the mountain, Sheriff Tom Elwood said.

Three rangers reached the ledge on foot Saturday night and stayed with them until the helicopter arrived.
`

// TestNumberedGroup answers a who-question whose doer is "the two
// women" with the two people named together before, and leaves a count
// no coordination matches unnamed.
func TestNumberedGroup(t *testing.T) {
	e := engineOf(t, climbersGroup)
	checkOpenings(t, e, []openingCase{
		{"who set out before dawn friday", "Nora Klein and Ada Ruiz.", nil, nil},
		{"who reached the ledge on foot", "Three rangers; the article does not name them.", nil, nil},
	})
}
