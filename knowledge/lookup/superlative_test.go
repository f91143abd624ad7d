package lookup

import "testing"

// TestSuperlativeNeedsRankedEvidence: a yes/no question with a
// superlative is answered yes only from a sentence that ranks the thing
// with a superlative of its own, reached through "the company" on second
// reference; a sentence that only mentions the act gives no verdict.
func TestSuperlativeNeedsRankedEvidence(t *testing.T) {
	e := engineOf(t, `Brightwater recalls 40,000 kettles

TOLEDO, Ohio (AP) — Brightwater Appliance Co. is recalling 40,000 electric kettles because the handle can crack, the company said Thursday.

The recall is the largest in the company's 60-year history. Five years ago, Brightwater recalled 9,000 toasters over a wiring fault.

Dana Brook, the mayor of Toledo, said she owns two of the kettles.
`)
	checkAnswers(t, e, []answerCase{
		{"is this the biggest recall in brightwater's history", []string{"Yes", "largest"}, []string{"toasters"}},
		{"did brightwater recall toasters", []string{"Yes", "toasters"}, nil},
	})
	// no sentence ranks the mayor's kettles: no verdict from a mention
	checkAnswers(t, e, []answerCase{
		{"does the mayor own the most expensive kettle", nil, []string{"Yes —"}},
		{"is brightwater the oldest appliance company in ohio", nil, []string{"Yes —"}},
	})
}
