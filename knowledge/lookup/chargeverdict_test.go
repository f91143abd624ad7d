package lookup

import "testing"

// treasurer is a short article written for these tests, in no question
// set: a split verdict told in one sentence, acquittal first, and a
// co-defendant's plea.
const treasurer = `Former treasurer acquitted of theft

MARLOW, Ind. (AP) — A jury on Wednesday found former county treasurer Ruth Penning not guilty on two counts of theft but convicted her of one count of obstruction.

Her former deputy, Carl Ames, pleaded guilty to forgery in May.
`

// TestChargeVerdict answers whether a defendant was convicted or acquitted
// of a charge from the verdict word that governs the charge, not from a
// verdict word elsewhere in the sentence.
func TestChargeVerdict(t *testing.T) {
	e := engineOf(t, treasurer)
	checkOpenings(t, e, []openingCase{
		{"was penning convicted of theft", "No", nil, nil},
		{"was she found guilty of obstruction", "Yes", nil, nil},
		{"was penning acquitted of theft", "Yes", nil, nil},
		{"did the jury clear her of obstruction", "No", nil, nil},
	})
}
