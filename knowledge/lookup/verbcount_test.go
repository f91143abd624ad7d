package lookup

import "testing"

// TestVerbAfterHowMany: a word after "how many" that WordNet knows only
// as a verb ("remain") is the question's verb, not a noun counted.
func TestVerbAfterHowMany(t *testing.T) {
	e := engineOf(t, greenFork)
	checkAnswers(t, e, []answerCase{
		{"how many remain out of their homes", []string{"320"}, []string{"1,900"}},
		{"how many roads remain closed", []string{"Nine"}, []string{"26"}},
	})
}
