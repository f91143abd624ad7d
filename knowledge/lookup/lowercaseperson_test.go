package lookup

import "testing"

// motorcyclistPole is a short article written for this test, in no
// question set: the lead describes one person beside "a telephone pole",
// a lower-case noun WordNet files under person only capitalised ("Pole").
const motorcyclistPole = `Motorcyclist dies after crash into pole in Reno

RENO, Nev. (AP) — A 23-year-old motorcyclist died Friday night when his motorcycle struck a telephone pole on Plumas Street, police said.

Reno police Sgt. Nora Whitley said the rider was thrown about 40 feet.

Police identified the motorcyclist as Tyler Banks, of Sparks.
`

// TestLowerCasePerson checks that "a telephone pole" is no second person
// in the lead, so the lead's one person is the one named later.
func TestLowerCasePerson(t *testing.T) {
	checkOpenings(t, engineOf(t, motorcyclistPole), []openingCase{
		{"who died", "Tyler Banks", nil, nil},
		{"how old was the motorcyclist", "Tyler Banks is 23", nil, nil},
	})
}
