package lookup

import "testing"

// quarryVote is a short article written for this test, in no question
// set: a vote whose opponents are named and whose supporters are not.
const quarryVote = `Dunmore board backs quarry permit

DUNMORE, Pa. (AP) — The Dunmore Township board voted 4-1 on Wednesday to grant a permit for a new gravel quarry.

Supervisor Carla Whitby voted against the permit, citing truck traffic on Mill Road.
`

func TestSupportAndOppositionAreOpposites(t *testing.T) {
	checkAnswers(t, engineOf(t, quarryVote), []answerCase{
		// "voted against" tells the opposite act: no one is named as voting for it
		{"who voted for the permit", nil, []string{"Whitby"}},
		{"who voted against the permit", []string{"Carla Whitby"}, nil},
	})
}
