package lookup

import "testing"

// "Getting" before a participle is the get-passive's auxiliary (Quirk et
// al., §3.66), no word the article must write: "which department is
// getting cut" asks what "which department is cut" asks.
func TestGetPassiveIsNoTerm(t *testing.T) {
	e := engineOf(t, kestonCuts)
	checkWantOrRefused(t, e, []wantCase{
		{"which dept is getting cut", "The fire department"},
		{"which department got cut", "The fire department"},
	})
}
