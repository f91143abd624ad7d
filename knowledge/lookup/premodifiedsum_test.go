package lookup

import "testing"

// Counts of one head joined with premodifiers of their own ("40 harbor
// seals, nine gray seals") count disjoint kinds: the bare head asks their
// sum, a premodified head the kind it names, and a count of the other
// kind is no answer to it.
func TestPremodifiedCountsSum(t *testing.T) {
	e := engineOf(t, harborSurvey)
	checkAnswers(t, e, []answerCase{
		{"how many seals did they count", []string{"49 seals"}, nil},
		{"how many harbor seals", []string{"40 harbor seals"}, []string{"49"}},
		{"how many gray seals were counted", []string{"Nine gray seals"}, []string{"49", "40 harbor seals."}},
	})
}
