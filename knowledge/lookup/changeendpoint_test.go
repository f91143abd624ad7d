package lookup

import "testing"

// "The new X" is the level a change of X reaches and "the old X" the one
// it leaves, "from" the old "to" the new, or the new "down from" the old.
// The story is written for this test, in no question set.
func TestChangeEndpointAsked(t *testing.T) {
	e := engineOf(t, "Water rates to rise\n\nERIE, Pa. (AP) — The city council voted on Monday to raise water rates for the first time since 2016.\n\nThe water rate will rise from $4.10 to $4.55 per 1,000 gallons in July, the utility said.\n\nUse fell to an average of 61 gallons a day last year, down from 70 gallons in 2019.\n")
	checkOpenings(t, e, []openingCase{
		{q: "whats the new water rate", first: "$4.55"},
		{q: "what was the old rate", first: "$4.10"},
		{q: "what was the previous average use", first: "70 gallons"},
	})
}
