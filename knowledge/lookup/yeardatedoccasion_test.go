package lookup

import "testing"

// signalOutage is a short article written for these tests, in no
// question set: its lead dates the news by a weekday in a sentence with
// "of the year" after a superlative, and its closing paragraphs tell an
// earlier outage dated by a month and a year, and one dated "since" a
// year, each in the simple past with a count of the same noun.
const signalOutage = `Signal failure stops Brenton trains

BRENTON, Ore. (AP) — A signal failure at Coastline Rail forced the railroad to stop all of its trains across the region for nearly three hours on Monday, canceling 212 trains and delaying about 90 more during one of the busiest commuting days of the year.

The railroad said the signals were repaired by evening.

Coastline suffered a shorter failure in March 2021 that canceled 45 trains.

It was the worst disruption since 2018, when a flood canceled 130 trains.
`

func TestYearDatedActIsAnotherOccasion(t *testing.T) {
	checkOpenings(t, engineOf(t, signalOutage), []openingCase{
		// the story's own Monday, not the background's 2021 or 2018
		{"how many trains were canceled", "212", nil, nil},
		{"how many trains did coastline rail cancel", "212", nil, nil},
		{"how many trains did coastline cancel", "212", nil, nil},
		// a question naming the year asks of that occasion
		{"how many trains were canceled in march 2021", "45", nil, nil},
	})
}
