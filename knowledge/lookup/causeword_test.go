package lookup

import "testing"

// poolClosure is a short article written for these tests, in no question
// set: a lead with "since" before a year, and the cause told later.
const poolClosure = `Clearwater shuts public pool for the summer

CLEARWATER, Ore. (AP) — The city of Clearwater closed its only public pool on Monday, the first closure of the pool since 1998.

The city council voted last week to close the pool. Council members said repairs were out of reach because the main pump had failed in June.

The pool drew about 30,000 swimmers last summer.
`

// TestCauseWordAt: "since 1998" tells when, so the sentence with it gives
// no cause and "why" is answered where the article gives one.
func TestCauseWordAt(t *testing.T) {
	e := engineOf(t, poolClosure)
	checkAnswers(t, e, []answerCase{
		{"why did the city close the pool", []string{"because the main pump had failed"}, nil},
		{"why was the pool closed", []string{"because the main pump had failed"}, nil},
	})
}
