package lookup

import "testing"

// closedZoo is a short article written for this test, in no question set:
// a zoo that "will remain closed until Saturday", never said to open, and
// a cleanup that began Monday.
const closedZoo = `Storm damage closes city zoo

TULSA, Okla. (AP) — Cleanup began Monday at the Tulsa Zoo after a storm toppled trees and damaged two animal barns.

The zoo will remain closed until Saturday, director Amy Lin said. No animals were hurt.
`

// The zoo opens, or reopens, when being closed ends: "until Saturday".
func TestOppositeStateEndsWhenTheActComes(t *testing.T) {
	e := engineOf(t, closedZoo)
	checkAnswers(t, e, []answerCase{
		{"when does the zoo reopen", []string{"Saturday"}, []string{"Monday"}},
		{"when will the zoo open", []string{"Saturday"}, []string{"Monday"}},
	})
}
