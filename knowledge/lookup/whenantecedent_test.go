package lookup

import "testing"

// canalLockFlood is a short article written for this test, in no question
// set: a time after a verb of saying that is the antecedent of an
// appositive "when" clause, and a time that dates the telling.
const canalLockFlood = `Canal lock reopens to boats

LOCKPORT, N.Y. (AP) — The canal's oldest lock reopened to boats on Monday after repairs.

The engineer said the worst delay came last spring, when floodwater filled the lock chamber with silt for a month.

The mayor told reporters Tuesday that boaters would return when the water warms.
`

func TestTimeAntecedentOfWhenClause(t *testing.T) {
	e := engineOf(t, canalLockFlood)
	checkAnswers(t, e, []answerCase{
		// "last spring, when floodwater filled …": the time of the flooding
		{"when did floodwater fill the lock chamber", []string{"spring"}, nil},
	})
	// "when the water warms" has no time antecedent: the clause itself
	// answers, not the telling's "Tuesday"
	checkAnswers(t, e, []answerCase{
		{"when will boaters return", []string{"When the water warms"}, nil},
	})
}
