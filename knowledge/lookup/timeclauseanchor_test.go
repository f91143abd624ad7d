package lookup

import "testing"

// stuckHiker is a short article written for this test, in no question
// set: the anchor of a duration told in its own sentence, and the
// duration in another that never repeats the anchor's verb.
const stuckHiker = `Hiker carried off mountain after fall

BOONE, N.C. (AP) — Rescuers carried an injured hiker off Grandfather Mountain on Sunday.

Searchers spotted the man on a ledge below the trail about noon. He had a broken ankle.

"The wind made it slow going," said ranger Ann Cole.

It took four hours to lower him to a waiting ambulance.
`

func TestTimeClauseAnchor(t *testing.T) {
	e := engineOf(t, stuckHiker)
	checkOpenings(t, e, []openingCase{
		// the clause of time names the start, not the act whose duration is asked
		{"how long did it take to get him down once they spotted him", "Four hours.", nil, nil},
		{"how long did it take to get him down after searchers spotted him", "Four hours.", nil, nil},
	})
}

// craneTipped is a short article written for this test, in no question
// set: an occasion told in one sentence and whether anyone was hurt in
// the next, and a second, earlier occasion of the same act.
const craneTipped = `Crane tips over at harbor dock

LEWES, Del. (AP) — A crane tipped onto a cargo ship at the Lewes harbor dock on Friday as workers lifted a steel container.

No one was injured.

The same crane dropped a load on the dock in 2019 without damage.
`

// TestOccasionClauseGiven checks that a yes/no question's clause of time
// opened by "when" names an occasion the answer need not repeat, and that
// a clause dating another occasion ("earlier") still must be held.
func TestOccasionClauseGiven(t *testing.T) {
	e := engineOf(t, craneTipped)
	checkOpenings(t, e, []openingCase{
		{q: "was anyone injured when the crane tipped over", first: "No", want: []string{"No one was injured"}},
	})
	q := e.understand("did the crane damage the ship when it fell earlier", nil)
	held := 0
	for _, tm := range q.terms {
		if tm.given {
			held++
		}
	}
	if held != 0 {
		t.Errorf("a clause dating another occasion (\"earlier\") names what is asked: got %d given terms", held)
	}
}

// TestOccasionClauseGivenTerms checks that the words of a "when" clause
// with no adjunct of time relationship are given, not asked.
func TestOccasionClauseGivenTerms(t *testing.T) {
	e := engineOf(t, craneTipped)
	q := e.understand("was anyone injured when the crane tipped over", nil)
	given := 0
	for _, tm := range q.terms {
		if tm.given {
			given++
		}
	}
	if given == 0 {
		t.Errorf("the words of the occasion's clause should be given: %+v", q.terms)
	}
}
