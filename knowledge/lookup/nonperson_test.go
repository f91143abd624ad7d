package lookup

import "testing"

// TestNonPersonUndergoer: "anyone" asks of people, so "three horses died"
// says nothing either way of whether anyone died; the act told of people
// ("Two people in the barn were hurt") still answers Yes.
func TestNonPersonUndergoer(t *testing.T) {
	e := engineOf(t, "Barn fire near Oakum\n\nOAKUM, Ky. (AP) — A fire destroyed a horse barn near Oakum early Sunday, the fire chief said.\n\nThree horses died in the fire. Two people in the barn were hurt when a wall fell.\n")
	checkOpenings(t, e, []openingCase{
		{"did anyone die in the fire", partialYesNo, []string{"Three horses died"}, []string{"Yes —"}},
		{"did any horses die", "Yes —", []string{"Three horses died"}, nil},
		{"was anyone hurt", "Yes —", []string{"Two people in the barn"}, nil},
	})
}
