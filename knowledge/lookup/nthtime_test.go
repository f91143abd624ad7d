package lookup

import "testing"

// TestNthTimeCountsOccasions checks that "for the fourth time" answers
// "how many times", and that a sentence holding only part of the question
// does not, on a short article written for this test.
func TestNthTimeCountsOccasions(t *testing.T) {
	e := engineOf(t, "River floods town again\n\nMARIETTA, Ohio (AP) — The Ohio River flooded downtown Marietta for the fourth time in a decade on Sunday, officials said.\n\nThe city has spent $3 million on flood walls since 2015.\n")
	checkAnswers(t, e, []answerCase{
		{"how many times has the river flooded marietta", []string{"4 (for the fourth time)"}, nil},
		{"how many times has the city built flood walls", nil, []string{"fourth"}},
	})
}
