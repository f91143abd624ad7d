package lookup

import "testing"

// marshTrackways is a short article written for this test, in no question
// set: a paraphrase that ends in a noun phrase right before its
// attribution ("… in the county, Varga said."), and the speaker's real
// appositive elsewhere.
const marshTrackways = `Mammoth tracks found in drained marsh

ELLERY, Neb. (AP) — Footprints left by a mammoth about 14,000 years ago have been found in a drained marsh near Ellery, researchers said Tuesday.

The trackway is the longest one found in the county, Varga said.

Dr. Ilona Varga, a geologist at Plainview College, led the survey.
`

func TestAttributionEndsNoAppositive(t *testing.T) {
	e := engineOf(t, marshTrackways)
	checkOpenings(t, e, []openingCase{
		// "the county, Varga said": the county is where the trackways were counted, not what Varga is
		{"who is varga", "Ilona Varga is a geologist at Plainview College", nil, []string{"the county"}},
	})
}
