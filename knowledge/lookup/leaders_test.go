package lookup

import "testing"

// kiteGusts is a short article written for this test, in no question
// set: a body named in full once and its leader described by the body's
// generic noun ("league president"), and a second body whose leader is
// told in a passive with the irregular "led".
const kiteGusts = `Gusts ground kites at beach festival

OCEAN BLUFF, Ore. (AP) — Strong gusts forced organizers to ground more than 200 kites on Saturday at the annual festival on Harlow Beach.

The Coastal Kite Fliers League, which runs the event, will move the contest to Sunday, said league president Ana Brandt.

The safety crew, the Harlow Beach Volunteer Patrol, is led by retired nurse Tom Oyelaran. He said two people were treated for cuts from kite lines.
`

func TestLeaderByGenericNounAndIrregularLed(t *testing.T) {
	e := engineOf(t, kiteGusts)
	checkAnswers(t, e, []answerCase{
		// "league president": the league of the question's "kite fliers league"
		{"who runs the kite fliers league", []string{"Ana Brandt"}, []string{"Oyelaran"}},
		// "is led by": "runs" meets the irregular past of "lead"
		{"who runs the volunteer patrol", []string{"Tom Oyelaran"}, []string{"Brandt"}},
	})
}
