package lookup

import "testing"

// larkspurFlood is a short article written for these tests, in no
// question set: two counts of one noun, each with its own verb.
const larkspurFlood = `Crews pull dozens from flooded homes

LARKSPUR, Tenn. (AP) — Rescue crews pulled 23 residents from flooded homes along the Pell River on Sunday, the county emergency office said.

Deputies later moved 41 residents to a shelter at Larkspur High School after the river crested.
`

func TestElidedCountedNoun(t *testing.T) {
	checkAnswers(t, engineOf(t, larkspurFlood), []answerCase{
		// "how many relocated" counts the residents the part before counts
		{"how many residents rescued and how many relocated", []string{"23 residents", "41 residents"}, nil},
	})
}
