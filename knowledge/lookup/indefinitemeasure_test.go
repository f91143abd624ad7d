package lookup

import "testing"

// creekFlood is a short article written for this test, in no question
// set: depths and a distance counted by "a" after an approximator or
// "within", beside a count of inches of rain.
const creekFlood = `Creek floods Dunmore streets after downpour

DUNMORE, Ky. (AP) — Heavy rain on Tuesday dropped 3 inches of rain on Dunmore in two hours, leaving Elm Street under nearly a foot of water, city officials said.

Police closed every road within a mile of Dunmore Creek until the water receded.
`

// "nearly a foot" and "within a mile" are measures of one unit: the
// depth and the distance asked, not the rain that fell.
func TestIndefiniteArticleCountsOneUnit(t *testing.T) {
	e := engineOf(t, creekFlood)
	checkAnswers(t, e, []answerCase{
		{"how deep was the water on elm street", []string{"a foot"}, []string{"3 inches."}},
		{"how far from the creek were roads closed", []string{"a mile"}, nil},
	})
}
