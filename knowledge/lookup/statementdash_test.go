package lookup

import "testing"

// TestStatementBeforeComparison: a statement of what the asker heard,
// set off by a dash, is not the first side of the comparison after it
// (dockWork is contrast_test.go's article).
func TestStatementBeforeComparison(t *testing.T) {
	e := engineOf(t, dockWork)
	checkAnswers(t, e, []answerCase{
		{"my editor said the dock work costs a fortune - what's the repair cost vs the replacement cost",
			[]string{"$600,000", "$9 million"}, []string{"never mentions"}},
	})
	if got := afterStatement("the repair cost - is it more than the replacement cost"); got != "the repair cost - is it more than the replacement cost" {
		t.Errorf("a noun phrase before the dash is the topic, not a statement: %q", got)
	}
}
