package lookup

import "testing"

// TestAddedThingIsNoClaim: "the plan adds a new bus route" puts a route
// in; it reports no one's words, so it answers yes, while "added that"
// still reports a claim.
func TestAddedThingIsNoClaim(t *testing.T) {
	e := engineOf(t, `City adopts transit plan

GARVEY, Ind. (AP) — The Garvey City Council on Tuesday adopted a transit plan for the next five years.

The plan adds a new bus route to the airport. Mayor Tom Reyes added that fares would stay the same.
`)
	checkAnswers(t, e, []answerCase{
		{"is there a new bus route", []string{"Yes"}, []string{"claim"}},
		{"will fares stay the same", []string{"stated plan"}, nil},
	})
}
