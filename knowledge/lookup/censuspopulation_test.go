package lookup

import "testing"

// prairieCensus is a short article written for these tests, in no
// question set: a census report that gives populations as census writing
// does (the figure "population" heads, the level a change reaches, a
// "with" phrase after a place or its rank), names its dateline city only
// there, and counts people who left, which is no population.
const prairieCensus = `Census shows Tollan State edging up

CORBIN, Tollan State (AP) — Tollan State gained about 90,000 residents since the last count, reaching a population of 2.4 million, census figures released Monday show.

Renfield remained the largest city, with 310,000 people. Oster Bay moved into second place with 205,000 residents, passing Dunmore, which slipped to third with 198,500.

The northern county of Greyhill lost 4,200 people. Its neighbor, Marrow County, grew 2.5%, to 61,000.

Quill County has struggled since its sawmill closed. The county's population fell 4% to about 38,000.
`

func TestCensusPopulations(t *testing.T) {
	e := engineOf(t, prairieCensus)
	checkOpenings(t, e, []openingCase{
		// the figure "population" heads, not the residents gained
		{"what's the population of tollan state", "2.4 million people.", nil, nil},
		{"how many ppl live in tollan state", "2.4 million people.", nil, nil},
		// "with" after a place, its rank, its rank's "place"
		{"how many people live in renfield", "310,000 people.", nil, nil},
		{"how big is renfield", "310,000 people.", nil, nil},
		{"how many people live in oster bay", "205,000 residents.", nil, nil},
		{"how many people live in dunmore", "198,500 people.", nil, nil},
		// the end point of a place's change, and of "the county's population"
		{"how many people live in marrow county", "61,000 people.", nil, nil},
		{"what's the population of quill county", "About 38,000 people.", nil, nil},
	})
	// the dateline names Corbin, whose people the article never counts;
	// Greyhill lost people, which is not how many live there
	checkWantOrRefused(t, e, []wantCase{
		{"how many people live in corbin", ""},
		{"how many people live in greyhill", ""},
	})
}
