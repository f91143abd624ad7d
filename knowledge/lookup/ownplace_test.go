package lookup

import "testing"

// TestLeadOwnPlaceBeforeDateline checks that "where was she found" of a
// lead whose passive has a place adjunct ("was found asleep Sunday in a
// barn") answers with that place and then the dateline's, and that a
// place the question does not ask of keeps the dateline.
func TestLeadOwnPlaceBeforeDateline(t *testing.T) {
	e := engineOf(t, "Missing girl found asleep\n\nMILLBROOK, Ky. (AP) — A 9-year-old girl who walked away from a county fair was found asleep Sunday in a barn after a night-long search, deputies said.\n\nLila Ferris was unhurt, Sheriff Tom Agee said.\n\nMore than 200 people joined the search.\n")
	checkOpenings(t, e, []openingCase{
		{"where was she found", "In a barn (Millbrook, Ky.)", nil, nil},
		{"where did they find the girl", "In a barn", nil, nil},
		{"where is the fair", "Millbrook", nil, []string{"barn ("}},
	})
}
