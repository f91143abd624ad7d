package lookup

import "testing"

// A rescue story that tells its hours by the part of the day, as a
// quotation does, and with "o'clock".
const hourOfDayStory = `Hikers rescued from ridge

BOULDER, Colo. (AP) — Two hikers stranded on Flagstaff Ridge were rescued Sunday, the sheriff's office said.

"We heard them calling at 11 at night and reached them at 4 in the morning," said rescuer Tom Agee.

The hikers had set out at nine o'clock Saturday, deputies said.
`

func TestHourOfTheDay(t *testing.T) {
	e := engineOf(t, hourOfDayStory)
	checkAnswers(t, e, []answerCase{
		{"what time did they reach the hikers", []string{"4 in the morning"}, nil},
		{"what time did the hikers set out", []string{"nine o'clock"}, nil},
	})
}
