package lookup

import "testing"

// hillChapel is a short article written for these tests, in no question
// set: things begun in the 1800s, dated by "in" or "since" before a year
// written without a comma, beside a four-digit figure after "at" that dates nothing.
const hillChapel = `Historic chapel gets new roof

DUNMORE, Vt. (AP) — Volunteers finished a new slate roof on the Dunmore Hill Chapel on Saturday.

The chapel, built in 1847, seats 120 people. The town's grange, founded in 1872, paid for the slate.

The roof cost $48,000. Parishioners have met in the chapel every Sunday since 1851, said pastor Ruth Abney. The chapel stands at 1620 feet, above the town.
`

// A year before 1900 after a preposition of time dates what the
// sentence tells; the figure after "at" is a height.
func TestYearBefore1900(t *testing.T) {
	e := engineOf(t, hillChapel)
	checkAnswers(t, e, []answerCase{
		{"when was the chapel built", []string{"1847"}, []string{"Saturday", "1872", "1620"}},
		{"when was the grange founded", []string{"1872"}, []string{"1847"}},
		{"since when have parishioners met in the chapel", []string{"1851"}, nil},
		{"when does the chapel stand above the town", nil, []string{"1620 (", "At 1620"}},
	})
}
