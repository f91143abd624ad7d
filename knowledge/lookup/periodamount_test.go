package lookup

import "testing"

// canalDredging is a short article written for these tests, in no
// question set: amounts given over a unit of time by an adjunct of their
// clause ("every year", "each month"), not right after the figure, and
// one item's price with its item named.
const canalDredging = `Silt clogs old canal, study says

LOCKPORT, N.Y. (AP) — The state will dredge the old Erie Canal harbor next summer, officials said Tuesday.

About 40,000 tons of silt wash into the harbor every year from farms upstream, according to a state study.

The work will cost about $1.2 million, and the state pays $14 per ton to haul the silt away.

Crews will remove roughly 3,000 tons each month once dredging starts.
`

func TestAmountAskedOverTimeIsARate(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, canalDredging), []wantCase{
		// "each", "per" and chat's "yr" before a noun of time ask a rate
		// over it, answered by a clause's "every year"
		{"how much silt washes into the harbor each year", "40,000 tons"},
		{"how much silt goes into the harbor per yr", "40,000 tons"},
		{"how much silt will crews remove per month", "3,000 tons"},
		// one item's share still needs its item
		{"how much does the state pay per ton", "$14"},
		// a unit of time the article never distributes over stays unanswered
		{"how much silt washes into the harbor each week", ""},
	})
}
