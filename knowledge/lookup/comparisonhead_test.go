package lookup

import "testing"

// exemptionRates is a short article written for this test, in no
// question set: figures set beside earlier ones with "up from" and "down
// from", near their own figure and a clause away from it.
const exemptionRates = `Vaccine exemptions rise in Oregon schools

SALEM, Ore. (AP) — About 7 percent of Oregon's kindergartners had a vaccine exemption last year, up from 5 percent in 2019, state health officials said Monday.

The state recorded 212 measles cases last year, down from 340 in 2015.
`

// TestComparisonHead checks that a figure set beside an earlier one
// opens the answer with its hedge and the comparison, without the rest of
// its clause, and that a figure whose comparison follows it closely keeps
// its words between.
func TestComparisonHead(t *testing.T) {
	e := engineOf(t, exemptionRates)
	checkOpenings(t, e, []openingCase{
		{"what percent of kindergartners have exemptions", "About 7 percent, up from 5 percent in 2019.", nil, nil},
		{"how many measles cases were there", "212 measles cases last year, down from 340 in 2015.", nil, nil},
	})
}
