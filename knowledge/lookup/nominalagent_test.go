package lookup

import "testing"

// barComplaint is a short article written for this test, in no question
// set: an act named by a noun with its agent in a by-phrase, inside a
// clause whose subject is someone else.
const barComplaint = `Bar loses liquor license over noise

DENVER (AP) — Colorado regulators on Tuesday suspended the liquor license of the Blue Lantern, a bar in the Five Points neighborhood, for 30 days.

City inspector Mark Ruiz visited the bar in May after a complaint by the Five Points Neighborhood Association about late-night noise.

The bar's owner, Tess Kimura, said she would install sound panels.
`

// TestNominalAgent: "a complaint by the association" tells who
// complained; the inspector who visited after it did not.
func TestNominalAgent(t *testing.T) {
	e := engineOf(t, barComplaint)
	checkOpenings(t, e, []openingCase{
		{"who complained", "Five Points Neighborhood Association", nil, nil},
		{"who complained about the noise", "Five Points Neighborhood Association", nil, nil},
		{"who visited the bar", "Mark Ruiz", nil, nil},
	})
}
