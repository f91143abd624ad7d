package lookup

import "testing"

// climbTeam is a short article written for this test, in no question
// set: a group sized by a compound, then a part of it taken by "of the"
// and a bare numeral.
const climbTeam = `Climbers reach summit in storm

KATHMANDU, Nepal (AP) — A six-man climbing team reached the summit of Ama Dablam on Monday, its organizer said.

Four of the six had never climbed above 6,000 meters.
`

// TestNumeralPartitive checks that in "Four of the six" the part answers
// what the predicate says of it, not the whole.
func TestNumeralPartitive(t *testing.T) {
	e := engineOf(t, climbTeam)
	checkOpenings(t, e, []openingCase{
		{q: "how many had never climbed that high", first: "Four"},
	})
}

// skidReport is a short article written for this test, in no question
// set: partitives whose wholes carry an ordinal and a cardinal in words
// before their nouns.
const skidReport = `Rangers skid continues

HARTFORD, Conn. — The Hartford Rangers have lost five of their last seven games after a 3-1 defeat Saturday.

Goalie Ivan Petrov has stopped 88 of the past 95 shots he has faced.
`

// TestPartitiveOverPostdeterminers checks that an ordinal and a cardinal
// in words after "of its" leave the part counting the whole's noun.
func TestPartitiveOverPostdeterminers(t *testing.T) {
	checkOpenings(t, engineOf(t, skidReport), []openingCase{
		{"how many games have the rangers lost", "Five", nil, nil},
		{"how many shots has petrov stopped", "88", nil, nil},
	})
}
