package lookup

import "testing"

// A where-question of a competitor's finishing or ranking asks the
// position after the verb; of a race, or with a thing placed, a place.
func TestPositionWhere(t *testing.T) {
	e := engineOf(t, `Kiprono wins Lakeshore 10K in record time

CHICAGO (AP) — Daniel Kiprono won the Lakeshore 10K on Sunday in 27 minutes, 41 seconds. Josh Whitley finished third, and Meg Arden, ranked 12th in the world, won the women's race.

The race finished at Buckingham Fountain. Kiprono placed the trophy on a table by the stage.
`)
	checkOpenings(t, e, []openingCase{
		{q: "where did whitley finish", first: "Third."},
		{q: "where is arden ranked", first: "12th."},
	})
	checkWantOrRefused(t, e, []wantCase{
		{"where did the race finish", "Buckingham Fountain"},
	})
}
