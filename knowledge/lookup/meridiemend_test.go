package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// eveningHours is a short article written for this test, in no question set.
const eveningHours = `Library adds evening hours

SALEM, Ore. (AP) — The city library will stay open from 9 a.m. to 9 p.m. on weekdays starting next month, the library board said Tuesday.

Tutors will be on hand between 3 p.m. and 6 p.m. for students.
`

// A clock time that ends in "a.m." or "p.m." keeps the abbreviation's
// period, so the "to" or "and" after it still joins the range's second
// end: the answer is the whole range, not its first hour.
func TestMeridiemPeriodKeepsTheRange(t *testing.T) {
	e := engineOf(t, eveningHours)
	for q, want := range map[string]string{
		"when is the library open":  "From 9 a.m. to 9 p.m.",
		"when are tutors available": "Between 3 p.m. and 6 p.m.",
	} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !strings.HasPrefix(a.Text, want) {
			t.Errorf("%q: want %q first, got %s", q, want, a.Text)
		}
	}
}
