package lookup

import "testing"

// oper1Pool is a short article written for this test, in no question
// set: acts told by their nouns as subjects of support verbs in the
// passive.
const oper1Pool = `Town closes public pool after complaints

MILLBROOK, N.Y. (AP) — The town closed its public pool on Friday, a week after a swimmer complained about the water.

The complaint was filed on July 2 by Grace Hollins, a lifeguard's mother.

A request to reopen the pool was submitted on Monday by Owen Pratt.
`

// The by-phrase of a support verb's passive whose subject is the asked
// act's noun names the act's doer: "The complaint was filed by Grace
// Hollins" tells who complained (Mel'čuk 1996, Oper1).
func TestOper1SupportVerbAgent(t *testing.T) {
	e := engineOf(t, oper1Pool)
	checkOpenings(t, e, []openingCase{
		{q: "who complained", first: "Grace Hollins"},
		{q: "who requested that the pool reopen", first: "Owen Pratt"},
	})
}
