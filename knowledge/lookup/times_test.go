package lookup

import "testing"

// ferryStory is a short news story written for these tests, in no
// question set: a clock time beside a relative one.
const ferryStory = `Ferry service resumes after repairs

ANACORTES, Wash. (AP) — Ferry service to the San Juan Islands resumed Tuesday after a month of repairs to the dock.

The first boat pulled out of the terminal at 5:15 a.m. PDT and reached Friday Harbor 65 minutes later.

"We are glad to have the islands connected again," said Rita Moreno, the ferry system's director.
`

// TestClockTime checks that a clock time written with AP's "a.m." is
// found before the punctuation or word that follows it, and answers
// "what time".
func TestClockTime(t *testing.T) {
	e := engineOf(t, ferryStory)
	tests := []answerCase{
		{"what time did the first boat pull out", []string{"At 5:15 a.m. The"}, nil},
	}
	checkAnswers(t, e, tests)
}
