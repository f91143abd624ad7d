package lookup

import "testing"

// gasStationHoldup is a short article written for this test, in no
// question set: a denial told of particular people ("Two customers and a
// cashier were not hurt") in a story where someone else was.
const gasStationHoldup = `Man charged in Tillman gas station holdup

TILLMAN, Ala. (AP) — A man armed with a knife robbed a Tillman gas station Sunday night and cut the manager on the arm, police said.

Two customers and a cashier inside the station were not hurt.

Police arrested Wade Corrigan, 33, on Monday.
`

// TestDeniedOfOthers gives no No to "was anyone hurt" from a denial of
// the customers and the cashier alone, and still a No when the question
// asks of the people the denial names.
func TestDeniedOfOthers(t *testing.T) {
	e := engineOf(t, gasStationHoldup)
	checkOpenings(t, e, []openingCase{
		{q: "was anyone hurt", not: []string{"No —"}},
		{q: "was anyone injured", not: []string{"No —"}},
		{q: "was the manager hurt", not: []string{"No —"}},
		{q: "were the customers hurt", first: "No"},
		{q: "was the cashier hurt", first: "No"},
	})
}
