package lookup

import "testing"

// busRollover is a short article written for this test, in no question
// set: counts of people told by where they are or in what state ("in
// fair condition", "at a church"), with other nouns that could be taken
// for what is counted.
const busRollover = `Tour bus rolls over on icy road in Utah; 14 hurt

PANGUITCH, Utah (AP) — A tour bus carrying 38 people slid off an icy state highway and rolled onto its side Thursday, injuring 14, the Utah Highway Patrol said.

Five of the injured were in fair condition Thursday night at Garfield Memorial Hospital, a hospital spokesman said. Two others were flown to Salt Lake City.

About 20 passengers waited at a church in Panguitch for a replacement bus. "The road just disappeared under us," said driver Tom Okafor, 61.
`

func TestHowManyWithPrepositionCountsNoNoun(t *testing.T) {
	checkOpenings(t, engineOf(t, busRollover), []openingCase{
		// "many" heads its own phrase: "condition" and "church" say
		// where the counted ones are, not what is counted
		{"how many in fair condition", "Five of the injured.", nil, nil},
		{"how many at the church", "About 20 passengers.", nil, nil},
		{"how many on the bus", "38 people.", nil, nil},
	})
}
