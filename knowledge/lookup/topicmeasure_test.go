package lookup

import "testing"

// whaleFind is a short article written for this test, in no question
// set: the story's subject measured in its second paragraph, a part of it
// measured later.
const whaleFind = `Ancient whale skeleton found in Peru desert

LIMA, Peru (AP) — Scientists have identified a new species of whale from a skeleton found in the Ica desert, they said Tuesday.

The animal was about 30 feet long and weighed roughly 9 tons, the team said.

Its jaw alone is 5 feet long. The dig took 14 months.
`

// "It" with no antecedent is what the article is about: its first
// measure in the dimension asked.
func TestMeasureOfTheTopic(t *testing.T) {
	e := engineOf(t, whaleFind)
	checkAnswers(t, e, []answerCase{
		{"how long was it?", []string{"About 30 feet."}, []string{"5 feet", "14 months"}},
		{"how heavy was it", []string{"Roughly 9 tons."}, nil},
		// no height is given
		{"how tall was it", nil, []string{"30 feet", "5 feet"}},
	})
}

// "How long has it been" asks a time, which no length answers: only the
// copula before "it" asks the measure of the story's subject.
func TestTopicMeasureAsksTheCopula(t *testing.T) {
	e := engineOf(t, "Whale skeleton found in Peru\n\nLIMA, Peru (AP) — Scientists identified a new whale from a skeleton found in the desert.\n\nThe animal was about 30 feet long.\n")
	checkAnswers(t, e, []answerCase{
		{"how long has it been", nil, []string{"30 feet."}},
		{"how long was it", []string{"About 30 feet."}, nil},
	})
}
