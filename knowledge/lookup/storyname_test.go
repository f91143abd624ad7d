package lookup

import "testing"

// twoFires is a short article written for these tests, in no question
// set: the story's fire, which the lead tells of and the next paragraph
// names, and an earlier fire named for comparison.
const twoFires = `Wildfire burns 2,000 acres in Montana

MISSOULA, Mont. (AP) — A wildfire burned 2,000 acres of timber west of Missoula on Monday, forcing 300 people from their homes.

The Rattlesnake Gulch Fire started near a logging road on Sunday.

Officials said it was the largest fire near the city since the Lolo Peak Fire in 2017.
`

// TestStoryThingName: "what's the fire called" names the story's own
// storm, the one the lead tells of and the story names first, not the
// storm it is compared with; a question naming the other still gets it.
func TestStoryThingName(t *testing.T) {
	e := engineOf(t, twoFires)
	checkAnswers(t, e, []answerCase{
		{"what's the fire called", []string{"Rattlesnake Gulch Fire."}, []string{"Lolo Peak"}},
		{"whats the name of the fire", []string{"Rattlesnake Gulch Fire."}, nil},
	})
}
