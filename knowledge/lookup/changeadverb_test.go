package lookup

import "testing"

// coastlineCannery is a short article written for this test, in no question set:
// a year's sales and their change given as a verbless clause after a
// comma ("$48 million, up 12% from the year before"), and a workforce
// "down" by a count.
const coastlineCannery = `Cannery posts record year

ASTORIA, Ore. (AP) — Coastline Cannery had sales of $48 million last year, up 12% from the year before, the company said Tuesday.

It employs 210 people, down 15 from 2022.
`

// "Up" and "down" opening a verbless clause give the direction of the
// change the figure after them measures, so "how much did sales grow"
// is the 12%, not the $48 million the sales came to; a change the
// other way does not answer.
func TestVerblessChange(t *testing.T) {
	e := engineOf(t, coastlineCannery)
	checkAnswers(t, e, []answerCase{
		{"how much did sales grow at the cannery", []string{"12%"}, []string{"$48 million."}},
		{"how much did sales go up", []string{"12%"}, []string{"$48 million."}},
		{"how much did the workforce grow", nil, []string{"15"}},
	})
}
