package lookup

import "testing"

// holmGrandfather is a short article written for these tests, in no
// question set: a boy's grandfather and his schoolteacher are named, his
// father and any teacher by that word are not.
const holmGrandfather = `Grandfather spots missing boy in corn maze

ALDEN, Neb. (AP) — A 6-year-old boy who wandered away from a fall festival was discovered asleep in a corn maze early Friday by his grandfather, the sheriff said.

Nils Brandt, 70, searched the maze with a flashlight for three hours. The boy's schoolteacher, Irene Vos, helped organize volunteers.
`

// TestKinshipCompoundIsAnotherRelative does not read "grandfather" as a
// "father" by its righthand head, while "schoolteacher" is a teacher.
func TestKinshipCompoundIsAnotherRelative(t *testing.T) {
	e := engineOf(t, holmGrandfather)
	checkWantOrRefused(t, e, []wantCase{
		{"who is the boy's father", ""},
		{"whats the name of the kid's father", ""},
		{"who is the boy's teacher", "Irene Vos"},
	})
}
