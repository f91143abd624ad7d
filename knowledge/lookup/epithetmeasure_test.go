package lookup

import "testing"

// turtleFind is a short article written for this test, in no question
// set: a lead naming a shell and then the animal it came from, and the
// next sentence's subject an epithet the article has not used before.
const turtleFind = `Giant turtle shell found in Colombian mine

BOGOTA, Colombia (AP) — A shell that miners uncovered in a coal pit belongs to a giant river turtle that lived about 60 million years ago, researchers said Monday.

The reptile was about 9 feet long and weighed roughly 1 ton, the team said.
`

// "The reptile" is the turtle the lead names last, not the shell.
func TestMeasureOfAnEpithet(t *testing.T) {
	e := engineOf(t, turtleFind)
	checkAnswers(t, e, []answerCase{
		{"how long was the turtle", []string{"About 9 feet."}, nil},
		{"how heavy was the turtle", []string{"Roughly 1 ton."}, nil},
		// the shell was named before the turtle: the epithet is not its
		{"how heavy was the shell", nil, []string{"1 ton."}},
		{"how long was the pit", nil, []string{"9 feet."}},
	})
}
