package lookup

import "testing"

// harborRescue is a short article written for this test, in no question
// set: the doer is named before an appositive, and the one the act is
// done to is named right after the verb behind a title.
const harborRescue = `Fisherman pulls kayaker from icy harbor

BRISCOE, Maine (AP) — Abel Thorne, a lobsterman who has fished the bay for 30 years, rescued Councilor Mina Ruiz from the harbor on Sunday after her kayak overturned.

Ruiz, 52, was treated for cold exposure.
`

// The subject of a verb is the name before the appositive that separates
// them (Quirk et al., §17.65), not the name nearest the verb.
func TestSubjectBeforeAppositive(t *testing.T) {
	e := engineOf(t, harborRescue)
	checkOpenings(t, e, []openingCase{
		{q: "who rescued the councilor", first: "Abel Thorne"},
	})
}
