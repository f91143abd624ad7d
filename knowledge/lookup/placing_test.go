package lookup

import "testing"

// TestWhatPlaceAsksTheRank checks, on a short race report written for
// this test, that "what place did she finish" is answered by the ordinal
// after the verb ("finishing fourth"), not by the town of the relative
// clause before it.
func TestWhatPlaceAsksTheRank(t *testing.T) {
	e := engineOf(t, "Kenyan wins Fenwick half marathon\n\n"+
		"FENWICK, Wis. (AP) — Grace Wanjiru won the Fenwick Half Marathon on Sunday in 1:09:40.\n\n"+
		"Tara Olsen, 29, who grew up in Baraboo, was the top local runner, finishing fourth in 1:13:05.\n")
	checkAnswers(t, e, []answerCase{
		{"what place did tara olsen finish", []string{"Fourth"}, []string{"Baraboo."}},
	})
}
