package lookup

import "testing"

// ferryWreck is a short article written for this test, in no question
// set: measures that premodify a position word (a depth below, a height
// above, a distance in a compass direction), one stated by a dimension
// noun after "in", and one after a comparative and "than".
const ferryWreck = `Divers map wreck of ferry lost in 1911

PORT ALDER, Minn. (AP) — Divers on Friday finished mapping the wreck of the ferry Glenmere, which sank in a storm about 2 miles east of Port Alder in 1911.

The wreck rests 140 feet below the surface of Lake Orrin. Its smokestack still stands 20 feet above the deck, the divers said.

The ferry's boiler is 9 feet in diameter. Its anchor chain, longer than 60 feet, lies coiled near the bow.
`

// A measure before a position word states that position's dimension
// only: a depth is no width or size, a height above no depth, and a
// distance east of a town no size of the thing; "in diameter" states a
// width, "longer than" a length.
func TestMeasureBeforeAPositionWord(t *testing.T) {
	e := engineOf(t, ferryWreck)
	checkAnswers(t, e, []answerCase{
		{"how deep is the wreck", []string{"140 feet"}, nil},
		{"how far from port alder did the ferry sink", []string{"2 miles"}, nil},
		{"how tall is the smokestack", []string{"20 feet"}, nil},
		{"how wide is the boiler", []string{"9 feet"}, nil},
		{"how wide is lake orrin", nil, []string{"140 feet"}},
		{"how big was the ferry", nil, []string{"2 miles"}},
		{"how deep is the smokestack", nil, []string{"20 feet"}},
		{"how tall is the boiler", nil, []string{"9 feet"}},
		{"how wide is the anchor chain", nil, []string{"60 feet"}},
	})
}
