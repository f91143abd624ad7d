package lookup

import "testing"

// penPals is a short article written for this test, in no question set:
// two people named in one sentence, and a next sentence that speaks of
// them as "the two women".
const penPals = `Retired teacher dies at 88

SALEM, Ore. (AP) — Ruth Ellery, a retired science teacher, died Sunday at 88.

Ellery began writing in 1961 to Agnes Moller, a nurse in Denmark. The two women never met but wrote to each other for 50 years.
`

// TestPairReference: "The two women" refers back to the two people just
// named, so a sentence about them answers for each.
func TestPairReference(t *testing.T) {
	e := engineOf(t, penPals)
	checkAnswers(t, e, []answerCase{
		{"did ellery and moller ever meet", []string{"No —", "never met"}, nil},
		{"did moller ever meet ellery", []string{"No —", "never met"}, nil},
	})
}
