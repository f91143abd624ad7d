package lookup

import "testing"

// An award story whose second place is told by a definite description
// with a hyphenated head, in apposition before the name.
const runnerUpStory = `Teacher named state's top educator

DES MOINES, Iowa (AP) — Maria Lopez, a fourth-grade teacher in Ames, was named the winner of the Iowa Teacher of the Year award on Tuesday, state officials said.

The runner-up, Tom Beck of Dubuque, gets $2,500. Lopez's mother-in-law, Ana Ruiz, attended.
`

func TestHyphenatedAppositiveRole(t *testing.T) {
	e := engineOf(t, runnerUpStory)
	checkAnswers(t, e, []answerCase{
		// "The runner-up, Tom Beck" names a person: the comma ends the
		// description, which premodifies no name
		{"who was the runner-up", []string{"Tom Beck."}, nil},
		{"who is tom beck", []string{"runner-up"}, nil},
		{"who is ana ruiz", []string{"mother-in-law"}, nil},
	})
}
