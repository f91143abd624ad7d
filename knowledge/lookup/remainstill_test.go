package lookup

import "testing"

// TestRemainMeetsStill: a question's "remain" meets the article's
// "still", the copula of continuing and the adverb of the same aspect.
func TestRemainMeetsStill(t *testing.T) {
	e := engineOf(t, greenFork)
	checkAnswers(t, e, []answerCase{
		{"how many ppl remain out of their homes", []string{"320"}, []string{"1,900"}},
		{"how many roads remain closed", []string{"Nine"}, []string{"26"}},
	})
}
