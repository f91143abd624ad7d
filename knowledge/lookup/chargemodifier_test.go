package lookup

import "testing"

// lindqvistVerdict is a short article written for these tests, in no
// question set: a split verdict naming one offence in two degrees in one
// sentence.
const lindqvistVerdict = `Jury splits verdict in warehouse fire

BRANDT, Neb. (AP) — A jury on Friday found a warehouse manager guilty of second-degree arson but acquitted him of the more serious charge of first-degree arson.

Owen Lindqvist, 44, will be sentenced in May.
`

// TestChargeModifier answers whether a defendant was convicted of a
// charge by the verdict that governs the degree asked, and calls a
// verdict split when the question names no degree.
func TestChargeModifier(t *testing.T) {
	e := engineOf(t, lindqvistVerdict)
	checkOpenings(t, e, []openingCase{
		{"was he found guilty of first degree arson", "No", nil, nil},
		{"was he convicted of second-degree arson", "Yes", nil, nil},
		{"was he acquitted of first degree arson", "Yes", nil, nil},
		{"was he convicted of arson", "Partly", nil, nil},
	})
}
