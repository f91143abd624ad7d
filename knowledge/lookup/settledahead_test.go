package lookup

import "testing"

// lampShockRecall is a short article written for this test, in no question set.
const lampShockRecall = `Lamp maker pulls desk lamps after shocks

DENVER (AP) — Halden Lighting is recalling 20,000 desk lamps after buyers reported mild electric shocks, the company said Monday.

Buyers may return the lamps to any hardware shop for a refund.

The chain canceled its spring sale this year. Its owner, Ruth Halden, said the company intends to hold the event next year but did not give dates.
`

// A plan answers a question in future time, and may grants what a can
// question asks, though the report tells the act by another verb.
func TestSettledAheadAnswersYes(t *testing.T) {
	e := engineOf(t, lampShockRecall)
	checkOpenings(t, e, []openingCase{
		{q: "can i take my lamp back to the shop", first: "Yes", want: []string{"return"}},
		{q: "will it come back next year", first: "Yes", want: []string{"intends"}},
	})
}

// A plan about another thing settles nothing: the question's noun
// "sale" is not in the sentence that tells the plan.
func TestSettledAheadNeedsAskedThing(t *testing.T) {
	e := engineOf(t, lampShockRecall)
	checkOpenings(t, e, []openingCase{
		{q: "will the sale come back next year", first: "The article does not say so"},
	})
}
