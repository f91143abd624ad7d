package lookup

import "testing"

// damFailure and balconyCollapse are short articles written for this
// test, in no question set: the people an act befell told only by an
// adjective head and an identifying clause.
const damFailure = `Dam fails in Vermont

BARRE, Vt. (AP) — A small dam failed Friday, flooding a road, state officials said.

The dead were identified Saturday as Paul Maddox, 70, and his wife, Irene Maddox, 68.

State engineer Ruth Cole, 45, said the dam had not been inspected since 2015.
`

const balconyCollapse = `Apartment balcony collapses during party in Ohio

COLUMBUS, Ohio (AP) — A third-floor balcony at an apartment building near downtown Columbus collapsed Saturday night during a birthday party, killing one man, police said.

The dead included Marcus Hale, 27, and his cousin, Andre Hale, 25.

Building manager Ellen Ruiz, 58, said the balcony had passed an inspection in March.
`

// TestAdjectiveHeadNamed: "The dead were identified as A and his wife,
// B" and "The dead included …" tell who died, the list of names in
// apposition read whole.
func TestAdjectiveHeadNamed(t *testing.T) {
	checkOpenings(t, engineOf(t, damFailure), []openingCase{
		{"who died", "Paul Maddox and Irene Maddox", nil, []string{"Cole"}},
	})
	checkOpenings(t, engineOf(t, balconyCollapse), []openingCase{
		{"who died", "Marcus Hale and Andre Hale", nil, []string{"Ruiz"}},
	})
}
