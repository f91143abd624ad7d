package lookup

import "testing"

// kiteDay is a short article written for this test, in no question set:
// a sentence that names a day as a premodifier of the noun asked about
// and the clock time of the act.
const kiteDay = `Wind grounds kite festival

BRANWELL, Ore. (AP) — Organizers postponed the Sunday parade at 10:30 a.m. after gusts topped 50 mph along the beach.

The Branwell Kite Festival drew about 4,000 people on Saturday, said organizer Pia Lund.
`

// A time the question names is given, not asked: "when was the Sunday
// parade postponed" asks the clock time, not "Sunday".
func TestGivenAskedTimeIsNoAnswer(t *testing.T) {
	e := engineOf(t, kiteDay)
	checkAnswers(t, e, []answerCase{
		{"when was the sunday parade postponed", []string{"10:30 a.m."}, []string{"Sunday."}},
		{"when did the festival draw 4,000 people", []string{"Saturday"}, nil},
	})
}
