package lookup

import "testing"

// pharmacyBreak is a short article written for this test, in no question
// set: a clause negated by the determiner "no" on its subject, told with a
// verb other than the one a reader would ask with.
const pharmacyBreak = `Thieves hit pharmacy overnight

CARVER, Minn. (AP) — Thieves broke into a downtown pharmacy early Tuesday and took about $3,000 in cash from a register, police said.

No prescription drugs or patient records were taken, the owner said. The store reopened Wednesday.

No 2 employee Dana Kurtz was questioned by police. No more than two cameras were working.
`

// TestDeniedByNoDeterminer: "No N were V-ed" negates the clause (Quirk et
// al. §10.58: the negative determiner "no" makes its clause negative), so
// it answers No to "were N stolen", told with a synonym of its verb.
func TestDeniedByNoDeterminer(t *testing.T) {
	e := engineOf(t, pharmacyBreak)
	checkAnswers(t, e, []answerCase{
		{"were patient records stolen too", []string{"No —", "No prescription drugs"}, []string{"does not say"}},
		{"was cash taken", []string{"Yes —"}, nil},
		// "No" before a number or a comparative negates nothing
		{"was dana kurtz questioned", []string{"Yes —"}, nil},
		{"were cameras working", []string{"Yes —"}, nil},
	})
}
