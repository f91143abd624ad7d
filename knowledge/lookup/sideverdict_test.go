package lookup

import "testing"

// TestSideVerdict: "A vs B - which is bigger" opens with the comparison
// of the two sides' figures (dockWork is contrast_test.go's article);
// "which is better" says nothing of size and gives no verdict.
func TestSideVerdict(t *testing.T) {
	e := engineOf(t, dockWork)
	checkAnswers(t, e, []answerCase{
		{"repair cost vs replacement cost - which is bigger?", []string{"$9 million is bigger than $600,000.", "(¶2)", "(¶4)"}, nil},
		{"repair cost vs replacement cost - which one was smaller", []string{"$600,000 is smaller than $9 million."}, nil},
		{"repair cost vs replacement cost - which is better", []string{"$600,000", "$9 million"}, []string{"than"}},
	})
}
