package lookup

import "testing"

// TestMutatedPluralHead checks that a count's head may be a plural by a
// change of vowel: "25,000 square feet" measures in feet, not in
// "square".
func TestMutatedPluralHead(t *testing.T) {
	e := engineOf(t, "Library adds reading room\n\nDALTON, Ga. (AP) — The Dalton Public Library will add about 6,000 square feet of space for a reading room, the library board said Monday.\n\nWork starts in June.\n")
	checkOpenings(t, e, []openingCase{
		{"how big is the reading room", "About 6,000 square feet", nil, nil},
	})
}
