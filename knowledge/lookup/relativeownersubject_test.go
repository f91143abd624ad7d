package lookup

import "testing"

// bankMerger is a short article written for this test, in no question
// set: two companies' counts, one in a relative clause after the other
// company's name, which opens its sentence, and the asked company named
// later in it.
const bankMerger = `Lakeshore Bank to buy Pinecrest Bank

CLEVELAND (AP) — Lakeshore Bank agreed Tuesday to buy Pinecrest Bank for $310 million.

Pinecrest, based in Akron, was founded in 1902 and runs 28 branches in northern Ohio and western Pennsylvania. Lakeshore, which has 61 branches, said it would keep the Pinecrest name on branches for at least a year.
`

// TestRelativeClauseCountIsItsAntecedents checks that a count in a
// non-restrictive relative clause is its antecedent's, not the question's
// other company's.
func TestRelativeClauseCountIsItsAntecedents(t *testing.T) {
	checkOpenings(t, engineOf(t, bankMerger), []openingCase{
		{"how many branches does pinecrest have", "28", nil, nil},
		{"how many branches does lakeshore have", "61", nil, nil},
	})
}
