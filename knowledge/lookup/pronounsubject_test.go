package lookup

import "testing"

// organStory is a short article written for this test, in no question set.
const organStory = `Church organ plays again after repair

ASHFORD, Conn. (AP) — The pipe organ at First Congregational Church played at a service Sunday for the first time in three years.

On Thursday, a tuner from Hartford adjusted the last of its 900 pipes. She had arrived in town on Monday, the church said.

Volunteers cleaned the loft Wednesday.
`

// "He" or "she" opening a sentence stands for the person the sentence
// before names by the asked noun: the tuner arrived Monday, not Thursday.
func TestPronounSubjectDatesThePersonNoun(t *testing.T) {
	e := engineOf(t, organStory)
	checkOpenings(t, e, []openingCase{
		{q: "when did the tuner arrive", first: "On Monday"},
		{q: "when did the tuner adjust the pipes", first: "On Thursday"},
		{q: "when did the volunteers clean the loft", first: "Wednesday"},
	})
}
