package lookup

import "testing"

// bikeTrail is a short article written for this test, in no question set:
// one act (approving a plan) done by two bodies of one kind at two times
// the article's timeline orders ("last month", then "Tuesday").
const bikeTrail = `Two towns back a shared bike trail

HARLAN, Ind. (AP) — A 14-mile bike trail linking two river towns cleared its last hurdle Tuesday when the Dover Village Council approved the plan 5-0.

The Harlan Town Council approved it 4-1 last month, after a hearing that drew about 60 residents.

Construction is set to start in April, and the trail should open by the fall of next year, said project manager Carla Benning.
`

func TestWhichKindFirstIsTheEarliestOccasion(t *testing.T) {
	e := engineOf(t, bikeTrail)
	checkAnswers(t, e, []answerCase{
		// "first" ends the clause: an adverb of time order, no word to find
		{"which council approved it first", []string{"Harlan Town Council first", "last month"}, []string{"Dover Village Council first"}},
		{"which council approved it last", []string{"Dover Village Council last", "Tuesday"}, nil},
	})
}

// An occasion whose doer is only a pronoun does not say which of the kind
// did it: no order is given.
func TestWhichKindFirstNeedsNamedDoers(t *testing.T) {
	e := engineOf(t, bikeTrail+"\nBenning said she spoke to the Harlan council in May. Later she spoke to Dover officials last week.\n")
	checkAnswers(t, e, []answerCase{
		{"which official spoke first", nil, []string{"first (", "Official first"}},
	})
}
