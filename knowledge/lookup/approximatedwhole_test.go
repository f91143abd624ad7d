package lookup

import "testing"

// roofCollapseTrap is a short article written for this test, in no question
// set: partitives whose whole carries an approximator.
const roofCollapseTrap = `Roof collapse traps miners in Utah coal mine

PRICE, Utah (AP) — A section of roof collapsed inside a coal mine near Price on Monday, trapping 14 of the roughly 90 miners working underground, the mine's operator said.

Rescuers freed all 14 by evening. The company later said it would lay off 120 of its more than 800 employees while the mine is closed.
`

func TestApproximatedWholeIsTheWhole(t *testing.T) {
	checkOpenings(t, engineOf(t, roofCollapseTrap), []openingCase{
		// "roughly 90 miners" is the whole; 14 are the part the verb is said of
		{"how many miners were trapped", "14", nil, nil},
		{"how many employees will be laid off", "120", nil, nil},
	})
}
