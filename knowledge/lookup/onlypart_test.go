package lookup

import "testing"

// TestPartOnly: a question about the whole ("everything", "all of it")
// is answered No by a sentence telling the act of only a part.
func TestPartOnly(t *testing.T) {
	e := engineOf(t, "Grant helps Pell Lake library\n\nPELL LAKE, Wis. (AP) — A state grant will pay for only part of the new roof at the Pell Lake library, the director said Friday.\n\nVolunteers partially repainted the reading room in May. Donors funded the new shelves.\n")
	checkOpenings(t, e, []openingCase{
		{"will the grant pay for everything", "No —", []string{"only part of the new roof"}, nil},
		{"did volunteers repaint all of the reading room", "No —", []string{"partially repainted"}, nil},
		{"did donors fund the shelves", "Yes —", []string{"Donors funded"}, nil},
	})
}
