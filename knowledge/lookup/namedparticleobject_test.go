package lookup

import "testing"

// dorranceHeat is a short article written for these tests, in no
// question set: an act told by "began", and a record "set in August 1936"
// first, where "in" opens a date and is no particle of "set in" (to begin).
const dorranceHeat = `Heat record falls in Dorrance

DORRANCE, Kan. (AP) — Dorrance reached 111 degrees Monday, breaking a record of 109 degrees set in August 1936, the weather service said.

About 8,000 homes lost power, and the utility said the outage began at 2:15 p.m. when a feeder line overheated.
`

// TestMonthAfterIn asks when it started of an article whose "set in
// August 1936" is "set" with a date, not the intransitive "set in".
func TestMonthAfterIn(t *testing.T) {
	e := engineOf(t, dorranceHeat)
	checkAnswers(t, e, []answerCase{
		{q: "when did it start", want: []string{"2:15"}, not: []string{"1936"}},
	})
}
