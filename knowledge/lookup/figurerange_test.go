package lookup

import "testing"

// sleepSurvey is a short article written for this test, in no question
// set: a study's people told by a range of ages, and a range of inches.
const sleepSurvey = `Teens sleep less on school nights, survey finds

HOLLIS, Vt. (AP) — Researchers at Brannock College surveyed 2,400 students aged 13 to 18 about their sleep, the college said Tuesday.

Each participant, aged 13 to 18, kept a sleep diary.

The town's snowfall this winter was 4 to 8 inches below normal.
`

func TestToRange(t *testing.T) {
	e := engineOf(t, sleepSurvey)
	checkOpenings(t, e, []openingCase{
		// "aged" marks the figures after it as ages, and the first
		// figure of "aged 13 to 18" opens the range it answers
		{"how old were the students", "13 to 18.", nil, nil},
		{"how many students did they survey", "2,400 students.", nil, nil},
		{"how old were the participants", "13 to 18.", nil, nil},
	})
}
