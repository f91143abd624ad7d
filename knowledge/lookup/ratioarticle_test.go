package lookup

import "testing"

// salmonSurvival is a short article written for this test, in no question
// set: ratios whose group is "a thousand" and a numeral.
const salmonSurvival = `Hatchery releases salmon fry into Skagit River

MOUNT VERNON, Wash. (AP) — A tribal hatchery released salmon fry into the Skagit River on Tuesday.

Biologists say only one in a thousand will return to spawn. Two in five are eaten by birds in their first month.
`

func TestRatioOfAThousandAnswersHowMany(t *testing.T) {
	checkOpenings(t, engineOf(t, salmonSurvival), []openingCase{
		// "a thousand" is the group a ratio is of, not a count of one
		{"how many will return to spawn", "One in a thousand", nil, nil},
		{"what share will return to spawn", "One in a thousand", nil, nil},
		// a numeral's ratio answers "how many" that names no noun
		{"how many are eaten by birds", "Two in five", nil, nil},
	})
}
