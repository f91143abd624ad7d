package lookup

import "testing"

// ferryHearing is a short article written for this test, in no question
// set: a count in one clause and a part of it, "of them", counted by the
// verb of the next.
const ferryHearing = `Ferry fare hearing draws crowd

PORT ANSEL, Wash. (AP) — About 150 residents crowded the ferry terminal on Monday for a hearing on higher fares, and 23 of them testified before the commission.

The commission will vote on the fares in May.
`

// What the question says of the whole's clause is said of the whole; what
// it says of the part's clause, of the part.
func TestThemClauseCounts(t *testing.T) {
	e := engineOf(t, ferryHearing)
	checkAnswers(t, e, []answerCase{
		{"how many ppl showed up at the ferry terminal", []string{"About 150 residents"}, []string{"23."}},
		{"how many residents crowded the terminal", []string{"About 150 residents"}, []string{"23."}},
		{"how many residents testified", []string{"23. "}, []string{"About 150 residents."}},
		{"how many testified before the commission", []string{"23. "}, []string{"About 150 residents."}},
	})
}
