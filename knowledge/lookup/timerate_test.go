package lookup

import "testing"

// A story with an extent and rates over time of the same dimension.
const timeRateStory = `Hiker finishes Long Trail in record time

BURLINGTON, Vt. (AP) — A nurse from Rutland walked the 272-mile Long Trail in 11 days, finishing on Sunday, trail officials said.

Ana Ruiz, 44, said she walked about 25 miles a day and carried a pack that gained 2 pounds daily as she picked up food.

Before the hike she trained by walking 40 miles weekly. Her pack weighed 31 pounds at the start.
`

func TestTimeRateIsNoExtent(t *testing.T) {
	e := engineOf(t, timeRateStory)
	checkAnswers(t, e, []answerCase{
		{"how far did ruiz walk", []string{"272"}, []string{"25 miles", "40 miles"}},
		{"how heavy was her pack", []string{"31 pounds"}, []string{"2 pounds"}},
		// a rate asked is answered by the rate
		{"how far did she walk a day", []string{"25 miles"}, nil},
	})
}

// reservoirDrop is a short article written for this test, in no question
// set: a change over a span, a rate over a day and a flow per second.
const reservoirDrop = `Reservoir drops as drought drags on

FRESNO, Calif. (AP) — Pine Flat Lake fell 14 feet in June and was dropping about 5 inches a day last week, water managers said.

The dam was releasing 1,200 cubic feet per second to farms downstream, district engineer Ray Ochoa said. The lake held 310,000 acre-feet on Monday.
`

// "How fast" of a change or a flow asks its rate: a figure over a unit of
// time answers it, before the change over a span, and keeps its period;
// of a motion it still asks a speed (TestTimeRateIsNoExtent's walker).
func TestRateAnswersHowFast(t *testing.T) {
	e := engineOf(t, reservoirDrop)
	checkOpenings(t, e, []openingCase{
		{"how fast was the lake dropping", "About 5 inches a day.", nil, nil},
		{"how quickly did the lake fall", "About 5 inches a day.", nil, nil},
		{"how fast was the dam releasing water", "1,200 cubic feet per second.", nil, nil},
	})
	q := e.understand("how fast did she walk", nil)
	if fastRateAsked(q) {
		t.Errorf("%q: read as asking a rate, not a speed", q.raw)
	}
}
