package lookup

import (
	"testing"

	"storybot/knowledge"
)

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

// creameryCoop is a short article written for this test, in no question
// set: a cooperative named once in full, as an appositive, and its
// manager described by the AP clipping "co-op" with a two-word title.
const creameryCoop = `Dairy co-op opens cheese cave

WALNUT RIDGE, Wis. (AP) — The owner of the old quarry, Driftless Dairy Cooperative, opened a cheese-aging cave there on Friday.

Co-op general manager Lena Brask said the cave holds 9,000 wheels.
`

// "Cooperative" ends an organisation's name (a jointly owned enterprise,
// WordNet's cooperative n. 1), so the appositive names a body, not a
// person; "co-op" is its hyphened clipping, and "gm" the phrase it
// abbreviates.
func TestCooperativeLeaderByClippingAndPhrase(t *testing.T) {
	e := engineOf(t, creameryCoop)
	if ent, ok := e.a.Entity("Driftless Dairy Cooperative"); !ok || ent.Kind != knowledge.Organisation {
		t.Errorf("Driftless Dairy Cooperative is no organisation: %+v", ent)
	}
	checkAnswers(t, e, []answerCase{
		{"who's the co-op gm", []string{"Lena Brask"}, nil},
		{"who runs the dairy co-op", []string{"Lena Brask"}, nil},
	})
}
