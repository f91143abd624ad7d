package lookup

import "testing"

// rescueHelicopter is a short article written for this test, in no
// question set: the asked verb's object names its occasions ("flown 412
// missions").
const rescueHelicopter = `Rescue helicopter retires after 30 years

ASTORIA, Ore. (AP) — The Coast Guard retired its oldest rescue helicopter on Friday.

The helicopter has flown 412 missions since it arrived in Astoria in 1994, the station's commander said.
`

func TestEventObjectOccasions(t *testing.T) {
	e := engineOf(t, rescueHelicopter)
	checkOpenings(t, e, []openingCase{
		{q: "how many times has the helicopter flown", first: "412 missions"},
	})
}
