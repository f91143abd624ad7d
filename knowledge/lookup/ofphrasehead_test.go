package lookup

import "testing"

// wreckDive is a short article written for this test, in no question set:
// a by-agent participle after "a team of … divers", which may postmodify
// the team as well as the divers.
const wreckDive = `Team finds shipwreck

HALIFAX, Nova Scotia (AP) — Divers have found the wreck of a 19th-century schooner off Nova Scotia.

The search was carried out by a team of Canadian and American divers led by marine archaeologist Ruth Hale, 52, who spent three summers on the project.

The dive was funded by a grant from a foundation headed by businessman Tom Reyes.

The wreck lies 60 meters down.
`

// TestOfPhraseHeadAgent checks that "who led the team" is answered by "a
// team of … divers led by Ruth Hale": the participle after "N1 of N2"
// may postmodify N1; the noun right before it still counts.
func TestOfPhraseHeadAgent(t *testing.T) {
	checkOpenings(t, engineOf(t, wreckDive), []openingCase{
		{"who led the team", "Ruth Hale.", nil, nil},
		{"who led the dive team", "Ruth Hale.", nil, nil},
		{"who led the divers", "Ruth Hale.", nil, nil},
		{"who headed the foundation", "Tom Reyes.", nil, nil},
	})
}
