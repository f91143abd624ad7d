package lookup

import "testing"

// splitGrant is a short article written for this test, in no question set:
// a sum is divided, and one share is told with a verb of motion after it.
const splitGrant = `Marlow County splits storm grant among three towns

MARLOW, Vt. (AP) — Marlow County will divide a $2 million federal storm grant among three towns, county officials said Friday.

About $900,000 will go to Essex Falls, where the river washed out two bridges.

Pine Hollow will receive $650,000 for road repairs, and the rest will fund a new culvert in Dorrit.
`

// "How much goes to Essex Falls": "how much" is the subject and "goes"
// its verb (Quirk et al., §11.14), not a noun "much" counts (§5.23), so
// the share of that town is the answer.
func TestHowMuchAsSubject(t *testing.T) {
	e := engineOf(t, splitGrant)
	checkAnswers(t, e, []answerCase{
		{"how much goes to essex falls", []string{"$900,000"}, []string{"$650,000", "$2 million"}},
		{"how much does pine hollow get", []string{"$650,000"}, []string{"$900,000"}},
	})
}
