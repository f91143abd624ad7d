package lookup

import "testing"

// orrVerdict is a short article written for these tests, in no question
// set: a split verdict summed up in the lead and its counts detailed
// later, the acquittal told with "acquitted" and "not guilty", never
// "cleared".
const orrVerdict = `Harbor pilot convicted of negligence

GALVESTON, Texas (AP) — A jury on Thursday convicted harbor pilot Wade Orr of negligence in the grounding of a tanker but acquitted him of the most serious charge.

Orr, 49, was found not guilty on one count of manslaughter and one count of falsifying a log. Jurors found him guilty of one count of negligent operation of a vessel.
`

// TestAcquittedOf answers what a defendant was cleared of with every
// sentence telling the acquittal, the detailed charges first.
func TestAcquittedOf(t *testing.T) {
	e := engineOf(t, orrVerdict)
	const charges = "One count of manslaughter and one count of falsifying a log."
	checkOpenings(t, e, []openingCase{
		{"what did the jury clear him of", charges, nil, nil},
		{"what was orr acquitted on", charges, nil, nil},
	})
}
