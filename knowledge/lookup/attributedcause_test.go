package lookup

import "testing"

// mapleHearth and kestonIllness are short articles written for this
// test, in no question set: each lead gives its cause with a verb of
// attributing ("attributed … to", "traced … to"), and the paragraph after
// the lead only gives figures.
const mapleHearth = `Bakery chain profit falls

TOLLAND, Vt. (AP) — Maple Hearth Bakeries said Tuesday its profit fell 12% in the spring, and the company attributed the decline to higher flour prices.

Sales at its 40 shops were $88 million, down from $91 million a year earlier.
`

const kestonIllness = `Illnesses at camp linked to well water

KESTON, Maine (AP) — State health officials on Monday traced the illnesses of 30 campers at Pine Hollow Camp to a contaminated well.

Eleven of the campers were treated at a hospital in Bangor and released the same day.
`

// A lead that attributes the event to a cause answers "why" itself.
func TestAttributedCause(t *testing.T) {
	checkOpenings(t, engineOf(t, mapleHearth), []openingCase{
		{q: "why did profit fall", first: "TOLLAND", want: []string{"flour prices"}},
	})
	checkOpenings(t, engineOf(t, kestonIllness), []openingCase{
		{q: "what caused the illnesses", first: "KESTON", want: []string{"contaminated well"}},
	})
}
