package lookup

import "testing"

// rinkInjury is a short article written for this test, in no question
// set: a player named after his team and title, whose coordinated
// predicate is negated.
const rinkInjury = `Sharks top Kings

SAN JOSE, Calif. (AP) — The San Jose Sharks beat the Los Angeles Kings 4-1 on Friday night.

Sharks forward Tomas Hertl left in the second period with an upper-body injury and did not return.
`

// A name premodifying a title and another name ("Sharks forward Tomas
// Hertl") is no subject of its own: the phrase's head, the person, is,
// so his negated predicate answers No.
func TestHeadedActor(t *testing.T) {
	e := engineOf(t, rinkInjury)
	checkAnswers(t, e, []answerCase{
		{"did hertl return", []string{"No —"}, nil},
	})
}
