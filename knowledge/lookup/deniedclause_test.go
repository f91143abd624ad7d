package lookup

import "testing"

// hollisOrchard is a short article written for this test, in no question
// set: a clause denied after a noun of saying, one denied right after the
// verb with the denier as its subject, a denial itself negated, and a
// relative clause after a noun of saying.
const hollisOrchard = `Family denies orchard sale

MAPLE FORD, Vt. (AP) — The Hollis family on Monday denied a report in a county paper that it had sold the orchard to a developer.

Grower Ruth Hollis denied that she had met the buyers. Her brother did not deny that he had hired a lawyer.

The town clerk disputed a report that appeared on Friday about the zoning board.
`

// "or not" closes a polar question without negating it (polaralternative.go).
func TestDeniedThatClause(t *testing.T) {
	e := engineOf(t, hollisOrchard)
	checkOpenings(t, e, []openingCase{
		{q: "did the family sell the orchard", first: "No"},
		{q: "did ruth hollis meet the buyers", first: "No"},
		{q: "so did ruth hollis meet the buyers or not", first: "No"},
		{q: "did her brother hire a lawyer", first: "Yes"},
		{q: "did the report appear on friday", first: "Yes"},
	})
}
