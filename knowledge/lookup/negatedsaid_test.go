package lookup

import "testing"

// A negated reporting verb reports no statement: in "Investigators have
// determined … but have not said how it started, … spokeswoman Lena
// Ortiz said." the speaker is the one who said, not the clause before
// "have not said".
func TestNegatedReportingVerbIsNoSpeaker(t *testing.T) {
	e := engineOf(t, warehouseFire)
	checkOpenings(t, e, []openingCase{
		{"who said the fire was human-caused", "Fire department spokeswoman Lena Ortiz", nil, nil},
	})
}
