package lookup

import "testing"

// quarryInjuries is a short article written for this test, in no question
// set: "both" as the count two, a larger number earlier in the story,
// and "both … and" coordination, which counts nothing.
const quarryInjuries = `Blast at quarry injures workers

An explosion at the Redstone quarry on Monday forced more than 40 workers to leave the site, the company said.

A spokesman said both injured workers were treated at a hospital and released. Both managers and inspectors were at the site at the time.
`

// TestBothCounts: "both injured workers" answers how many were injured
// with two, not the earlier 40.
func TestBothCounts(t *testing.T) {
	checkOpenings(t, engineOf(t, quarryInjuries), []openingCase{
		{"how many workers were injured", "Two: both injured workers.", nil, nil},
		{"how many were injured?", "Two: both injured workers.", nil, []string{"40"}},
	})
}
