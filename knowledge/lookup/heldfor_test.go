package lookup

import "testing"

// clemencyHeld is a short article written for these tests, in no
// question set: two prisoners granted clemency, one serving a sentence
// and told of after another's name, one held on a charge, and a charge
// a third only faces.
const clemencyHeld = `Governor commutes sentences of two inmates

RICHMOND, Va. (AP) — Gov. Ellen Marsh on Friday commuted the sentence of Darnell Fisk, 58, who was serving a 40-year sentence for a 1994 drug conspiracy, and ordered the release of Curtis Vane, 61.

Vane had been held since 2019 on a charge of failing to register a vehicle, a case his lawyer called absurd.

A third man, Ray Boyd, 44, could face charges of fraud in a separate case, prosecutors said.
`

// TestHeldFor answers what a person was in prison for with the charge or
// sentence phrase that is theirs, not a phrase after another's name.
func TestHeldFor(t *testing.T) {
	e := engineOf(t, clemencyHeld)
	checkOpenings(t, e, []openingCase{
		{"what was fisk in prison for", "A 40-year sentence for a 1994 drug conspiracy", nil, nil},
		{"what was vane locked up for", "A charge of failing to register a vehicle", nil, []string{"drug"}},
	})
}
