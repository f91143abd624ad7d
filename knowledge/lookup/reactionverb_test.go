package lookup

import "testing"

// elktonBarnFire is a short article written for this test, in no question set:
// "responded" told of fire crews arriving, with their number and time,
// and an owner's reaction in her words.
const elktonBarnFire = `Barn fire kills 30 cows near Elkton

ELKTON, Ky. (AP) — Fire destroyed a dairy barn east of Elkton early Tuesday, killing 30 cows, officials said.

Crews from four fire departments responded shortly after 2 a.m. Owner Rita Vance said the family would rebuild.
`

func TestReactionVerbAskedAsAnAct(t *testing.T) {
	e := engineOf(t, elktonBarnFire)
	checkAnswers(t, e, []answerCase{
		// the count and time of the act of responding, not a quotation
		{"how many fire departments responded", []string{"Four fire departments"}, []string{"said:"}},
		{"when did the crews respond", []string{"2 a.m."}, []string{"said:"}},
		// a manner question of a reaction still asks for words
		{"how did the owner react", []string{"Rita Vance said"}, nil},
	})
}
