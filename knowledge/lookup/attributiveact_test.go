package lookup

import (
	"testing"
)

// roofFall is a short article written for these tests, in no question
// set: an injury named first by its attributive participle and told
// later as an act, and stolen tools named attributively by the question
// itself.
const roofFall = `Roofer hurt in fall

DALTON, Ga. (AP) — A roofer was treated for a broken ankle at Hamilton Medical Center on Tuesday, police said.

Working on a church roof, he slipped on wet shingles and fell 12 feet, breaking his ankle.

The stolen tools were found by a neighbor with a metal detector in a field.
`

// TestAttributiveAct answers "how" from the sentence that tells the act
// as a verb, not the one that names its resulting state, and keeps an
// attributive participle the question uses itself.
func TestAttributiveAct(t *testing.T) {
	e := engineOf(t, roofFall)
	checkAnswers(t, e, []answerCase{
		{"how did he break his ankle", []string{"slipped on wet shingles"}, []string{"Hamilton"}},
		{"how were the stolen tools found", []string{"metal detector"}, nil},
	})
}
