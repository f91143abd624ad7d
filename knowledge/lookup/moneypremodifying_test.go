package lookup

import "testing"

// landlordBond is a short article written for this test, in no question
// set: sums of money that premodify nouns WordNet files under no sum of
// money in their first senses ("bond", "deposit").
const landlordBond = `Landlord jailed over repairs

SALEM, Ore. (AP) — A judge on Monday jailed a Salem landlord for ignoring repair orders and set a $20,000 cash-only bond for his release.

Tenants had paid a $900 deposit each.
`

// A what-question of a noun is answered by the sum of money that
// premodifies it, with the compound adjectives between.
func TestMoneyPremodifying(t *testing.T) {
	e := engineOf(t, landlordBond)
	checkAnswers(t, e, []answerCase{
		{"whats his bond", []string{"$20,000 cash-only bond."}, nil},
		{"what was the deposit", []string{"$900 deposit."}, nil},
	})
}
