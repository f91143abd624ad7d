package lookup

import "testing"

// safeInOrchard is a short article written for this test, in no question
// set: a headline's class noun told again by a lead whose verb has an
// auxiliary, and no body sentence naming the finders.
const safeInOrchard = `Farmhands find buried safe in orchard

FRESNO, Calif. (AP) — Farmhands clearing an old orchard have found a buried safe holding gold coins from the 1890s, the county sheriff said Monday.

The safe was taken to a bank vault, the sheriff said.
`

// The unnamed doer read from the lead stops before the verb group's
// auxiliary: "have" belongs to "have found", not to the farmhands.
func TestLeadSubjectStopsBeforeAuxiliary(t *testing.T) {
	e := engineOf(t, safeInOrchard)
	checkOpenings(t, e, []openingCase{
		{q: "who found the safe", first: "Farmhands clearing an old orchard;", not: []string{"orchard have;"}},
	})
}
