package lookup

import "testing"

// quarryTown is a short article written for this test, in no question
// set: an event ranked "the first … since" a year, an act denied in the
// perfect "since" a year, and "last" written before a unit of the
// calendar, as a verb and before another series.
const quarryTown = `Worker killed in quarry blast, first such death in county since 2009

GRANITE FALLS, Minn. (AP) — A worker was killed Monday in a blast at the Redstone quarry, the first workplace death in Yellow Medicine County since 2009, the sheriff's office said.

Federal mine inspectors visited the quarry last week. The company has not paid a safety fine since 2016, records show, and its last blasting permit was renewed in 2022.

The investigation could last into the spring, Sheriff Tom Egan, 60, said. A memorial service is set for Saturday.
`

// "When was the last workplace death" asks the latest occasion of the
// series, which "the first … since 2009" tells, though the article
// writes "last" only in "last week", as a verb and before another
// series ("its last blasting permit").
func TestLastOccasionOrdinal(t *testing.T) {
	e := engineOf(t, quarryTown)
	checkOpenings(t, e, []openingCase{
		{"when was the last workplace death in the county", "2009.", nil, nil},
		{"when was the last safety fine", "2016.", nil, nil},
		{"when did inspectors visit the quarry", "Last week.", nil, nil},
		{"when is the memorial", "Saturday.", nil, nil},
		// the article's own "last" before the thing asked is still a word to find
		{"when was the last blasting permit renewed", "In 2022.", nil, nil},
	})
}
