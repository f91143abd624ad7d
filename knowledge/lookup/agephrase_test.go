package lookup

import "testing"

// orrinPainter is a short article written for this test, in no question
// set: an age told by "at age" at the end of a relative clause, far from
// the name.
const orrinPainter = `Town honors its first painter

MAYFIELD, Ky. (AP) — Clara Whitcomb, who opened the town's first art school and died in 1934 at age 81, will be honored with a statue, officials said Monday.

Sculptor Dan Ochoa, 44, will make the statue.
`

func TestAgeAtEndOfRelativeClause(t *testing.T) {
	checkOpenings(t, engineOf(t, orrinPainter), []openingCase{
		{"how old was whitcomb when she died", "Clara Whitcomb was 81", nil, nil},
		{"how old is the sculptor", "", []string{"is 44."}, nil},
	})
}
