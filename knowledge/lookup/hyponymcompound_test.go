package lookup

import "testing"

// fertilizerFire is a short article written for this test, in no question
// set: the chemical asked is a compound of two nouns that are each a
// chemical ("ammonium nitrate"), whose head is the last.
const fertilizerFire = `Fire at farm supply store forces evacuation in Nebraska

YORK, Neb. (AP) — Firefighters kept flames away from 40 tons of stored ammonium nitrate at a farm supply store Tuesday, and about 200 residents were told to leave their homes, officials said.

Fire Chief Dana Holt, 52, said the fire started in an office. No one was hurt.
`

func TestHyponymCompoundEndsInItsHead(t *testing.T) {
	checkOpenings(t, engineOf(t, fertilizerFire), []openingCase{
		// "ammonium nitrate" is one chemical; "ammonium" alone is another
		{"what chemical was stored there", "Ammonium nitrate", nil, nil},
	})
}
