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
