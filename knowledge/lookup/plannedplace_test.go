package lookup

import "testing"

// balloonScrub is a short article written for this test, in no question
// set: a flight arranged in the past at one named place, scrubbed, and a
// spectator's trip from another.
const balloonScrub = `Winds ground record balloon flight

ALBUQUERQUE, N.M. (AP) — High winds forced a team to scrub a record balloon flight on Sunday.

The balloon had been set to launch from Balloon Fiesta Park at dawn, carrying two pilots.

"We drove all night from Denver," said Mara Quist, who came to watch the launch.
`

func TestPlannedPlace(t *testing.T) {
	e := engineOf(t, balloonScrub)
	checkOpenings(t, e, []openingCase{
		{"where was the balloon launching from", "From Balloon Fiesta Park", nil, []string{"Denver"}},
	})
}
