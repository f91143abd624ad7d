package lookup

import "testing"

// TestGenitiveDeterminedPlace checks that a common-noun place whose
// determiner is a genitive ("in a neighbor's shed", "at the family's
// cabin") is read as a place, as "in a shed" is.
func TestGenitiveDeterminedPlace(t *testing.T) {
	e := engineOf(t, "Missing dog owner found\n\nTALBOT, Vt. (AP) — An 80-year-old man reported missing from his home was found Friday in a neighbor's shed, state police said.\n\nWalter Ebbs was treated for exposure.\n\nHis daughter later spotted his hat at the family's cabin, troopers said.\n")
	checkOpenings(t, e, []openingCase{
		{"where was he found", "In a neighbor's shed", nil, nil},
		{"where was his hat spotted", "At the family's cabin", nil, nil},
	})
}
