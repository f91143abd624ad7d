package lookup

import "testing"

// amesBarnFire is a short article written for this test, in no question set:
// it lists the dead animals by kind, one of them with "a", and never
// counts animals themselves.
const amesBarnFire = `Fire destroys barn near Ames

AMES, Iowa (AP) — A fire destroyed a barn outside Ames early Friday, the county sheriff said.

Two dogs and a goat died in the blaze. The farmer escaped without injury.
`

func TestListOfKindsCountsTheClass(t *testing.T) {
	checkOpenings(t, engineOf(t, amesBarnFire), []openingCase{
		{"how many animals died", "Three animals", []string{"Two dogs and a goat"}, nil},
	})
}
