package lookup

import "testing"

// TestSameOrdinalInOtherWords: "the old lease" singles out the same lease
// as the article's "previous lease" (WordNet 3.0: previous, old), so the
// sentence dating the previous lease answers, not the one dating the
// new lease's end.
func TestSameOrdinalInOtherWords(t *testing.T) {
	e := engineOf(t, `Library signs new lease downtown

KESTON, Wash. (AP) — The Keston Public Library signed a new 10-year lease on Friday for its branch on Pine Street.

The new lease will expire in 2034, director Opal Brandt said. The previous lease expired in March.
`)
	checkAnswers(t, e, []answerCase{
		{"when did the old lease expire", []string{"March"}, []string{"2034"}},
		{"when did the former lease end", []string{"March"}, []string{"2034"}},
	})
}
