package lookup

import "testing"

// kilnVerdict is a short article written for these tests, in no question
// set: a lead that tells the verdict by its own words, later sentences
// that write the noun "verdict" only to refer to it, and a felon's
// earlier conviction named in passing.
const kilnVerdict = `Potter convicted in kiln fire

SALEM, Ore. (AP) — A jury on Wednesday found potter Iris Vandermeer guilty of reckless burning in a fire that destroyed a studio.

Vandermeer, 39, showed no emotion as the verdict was read.

Her landlord, a convicted felon, was not in court.
`

// TestVerdictTold answers what the verdict was with the sentence that
// tells it, not with one that refers to it by the noun.
func TestVerdictTold(t *testing.T) {
	e := engineOf(t, kilnVerdict)
	checkOpenings(t, e, []openingCase{
		{q: "what was the verdict", want: []string{"guilty of reckless burning"}, not: []string{"was read"}},
		{q: "whats the jury's verdict?", want: []string{"guilty of reckless burning"}},
	})
}
