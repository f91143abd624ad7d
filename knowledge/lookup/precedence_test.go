package lookup

import "testing"

// TestPrecedence checks "did A before B" and "did A after B" against the
// order the article gives, by a connective or by two sentences' times.
func TestPrecedence(t *testing.T) {
	e := engineOf(t, kayakRace)
	checkAnswers(t, e, []answerCase{
		{"did she capsize before she finished", []string{"Yes — "}, nil},
		{"did organizers close the course before the ranger spotted the bear", []string{"No — "}, nil},
		{"did rescuers pull her boat from the eddy before she finished the marathon", []string{"Yes — "}, nil},
	})
}
