package lookup

import "testing"

// lostDog is a short article written for this test, in no question set:
// a passive whose by-phrase is a partitive, its counting noun naming no
// kind of person.
const lostDog = `Lost dog found after week in woods

BANGOR, Maine (AP) — A dog missing for a week in the woods north of town is home again.

The dog was found on Sunday by a pair of teenage hikers.
`

// A partitive's notional head is the noun of its of-phrase (Quirk et
// al., §5.7–5.9): "a pair of teenage hikers" names the finders.
func TestPartitiveAgent(t *testing.T) {
	e := engineOf(t, lostDog)
	checkOpenings(t, e, []openingCase{
		{q: "who found the dog", first: "A pair of teenage hikers."},
	})
}
