package lookup

import "testing"

// A short story naming the person in charge of a mill by the noun before
// her title, and a race the question asks who ran.
const establishmentRunStory = `Fire damages sawmill

BEND, Ore. (AP) — A fire damaged a sawmill east of Bend on Sunday, the day of the town's annual 10-mile race.

No one was hurt, said Corbin Lumber's mill manager, Rita Gomez.

The race director, Sam Ochoa, said the race went ahead.
`

func TestRunningAnEstablishment(t *testing.T) {
	e := engineOf(t, establishmentRunStory)
	checkAnswers(t, e, []answerCase{
		{"who runs the mill", []string{"Rita Gomez"}, nil},
		{"who manages the sawmill", []string{"Rita Gomez"}, nil},
		{"who ran the race", nil, []string{"Sam Ochoa."}},
	})
}
