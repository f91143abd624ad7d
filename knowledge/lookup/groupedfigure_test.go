package lookup

import "testing"

// lakebedShrine is a short article written for this test, in no question
// set: spans before now counted in thousands, written with AP style's
// comma ("about 3,200 years ago", "1,000 years later"), beside a span
// under a thousand.
const lakebedShrine = `Divers find ancient shrine under Lake Orvin

ORVIN, Wis. (AP) — Divers have found the stone walls of a shrine on the floor of Lake Orvin, state archaeologists said Monday.

The shrine was built about 3,200 years ago, when the lake was a dry valley, said Dr. Nadia Fell, who led the survey.

The valley flooded 1,000 years later as the climate grew wetter, Fell said.

A fishing village stood on the shore 400 years ago.
`

func TestGroupedFigureSpanReadWhole(t *testing.T) {
	e := engineOf(t, lakebedShrine)
	checkOpenings(t, e, []openingCase{
		// the whole figure, not the digits after its comma ("200 years ago")
		{"when was the shrine built", "3,200 years ago", nil, nil},
		{"when did the valley flood", "1,000 years later", nil, nil},
		// a figure under a thousand as before
		{"when did the fishing village stand on the shore", "400 years ago", nil, nil},
	})
}
