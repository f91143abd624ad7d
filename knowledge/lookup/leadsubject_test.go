package lookup

import "testing"

// TestLeadPersonIsStorySubject checks that a bare "the girl" or "she"
// asks about the person a delayed-identification lead describes when the
// headline names no one, though her father is named in more paragraphs;
// a lead that names its person leaves the choice to the other rules.
func TestLeadPersonIsStorySubject(t *testing.T) {
	e := engineOf(t, "Missing girl found asleep in barn\n\nMILLBROOK, Ky. (AP) — A 9-year-old girl who walked away from a county fair was found asleep in a barn Sunday, deputies said.\n\nLila Ferris was unhurt, Sheriff Tom Agee said.\n\nHer father, Ray Ferris, 44, said he had searched all night.\n\n\"I never stopped walking,\" Ray Ferris said.\n\nRay Ferris thanked the volunteers.\n")
	checkOpenings(t, e, []openingCase{
		{"how old is the girl", "Lila Ferris is 9", nil, nil},
		{"how old is she", "Lila Ferris is 9", nil, nil},
	})
}
