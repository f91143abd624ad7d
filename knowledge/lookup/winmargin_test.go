package lookup

import "testing"

// TestWinMargin checks that "how much did X win by" is answered by the
// figure before "ahead of" in a sentence that opens with the winner, or
// after "won by", and not by a prize, on short articles written for this
// test.
func TestWinMargin(t *testing.T) {
	race := engineOf(t, "Pruitt wins road race\n\nBOISE, Idaho (AP) — Anna Pruitt won the state road race Saturday and a $2,000 prize.\n\nPruitt, 29, broke away from Kara Lowe on the last climb and finished 12 seconds ahead of her.\n")
	checkAnswers(t, race, []answerCase{
		{"how much did pruitt win by", []string{"12 seconds."}, []string{"$2,000."}},
		{"by how much did pruitt win", []string{"12 seconds."}, nil},
	})
	vote := engineOf(t, "Diaz keeps mayor's seat\n\nYUMA, Ariz. (AP) — Mayor Rosa Diaz won by 312 votes on Tuesday, county officials said.\n\nTurnout was 41 percent.\n")
	checkAnswers(t, vote, []answerCase{
		{"how many votes did diaz win by", []string{"312 votes."}, nil},
	})
}
