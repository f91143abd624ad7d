package lookup

import "testing"

// daytonCrash is a short article written for this test, in no question
// set: its coordinated counts have plurals by vowel change and by -ves.
const daytonCrash = `Bus crash injures five

DAYTON, Ohio (AP) — A city bus hit a parked truck in Dayton on Friday, police said.

Three women and two men were hurt. Two calves and a goat died in a barn fire nearby.
`

func TestIrregularPluralKindsSum(t *testing.T) {
	checkOpenings(t, engineOf(t, daytonCrash), []openingCase{
		{"how many people were hurt", "Five people", []string{"Three women and two men"}, nil},
		{"how many animals died", "Three animals", []string{"Two calves and a goat"}, nil},
	})
}
