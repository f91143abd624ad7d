package lookup

import "testing"

// fogPileup is written for this test: a headline's vague figure ("dozens
// hurt") that the body never restates, beside a vague time in the body.
const fogPileup = `Fog pileup on I-80 involves 23 vehicles; dozens hurt

CHEYENNE, Wyo. (AP) — Vehicles piled into one another over the next several minutes on Interstate 80 in dense fog Tuesday, the Wyoming Highway Patrol said.

Troopers closed the highway for six hours.
`

// A vague figure has no value to find again in the body: the headline's
// "dozens hurt" is not the body's "several minutes".
func TestVagueHeadlineFigureIsNoBodyFigure(t *testing.T) {
	e := engineOf(t, fogPileup)
	checkOpenings(t, e, []openingCase{
		{"how many were hurt", "Dozens", nil, []string{"minutes."}},
	})
}
