package lookup

import "testing"

// dairyLayoffs is a short article written for this test, in no question
// set: the sole company called "the Vermont-based company", with a
// compound modifier between "the" and "company", on second reference.
const dairyLayoffs = `Dairy cuts jobs

BURLINGTON, Vt. (AP) — Green Meadow Creamery Inc. said Tuesday it will close a bottling line.

The Vermont-based company will lay off 45 workers in March. Union steward Paul Okafor said 12 workers took early retirement.
`

func TestCompanyAfterCompoundModifier(t *testing.T) {
	e := engineOf(t, dairyLayoffs)
	checkAnswers(t, e, []answerCase{
		// "the Vermont-based company" is Green Meadow, so its layoffs are the creamery's
		{"how many workers will green meadow lay off", []string{"45"}, []string{"12"}},
		{"when will green meadow lay off workers", []string{"March"}, nil},
	})
}
