package lookup

import "testing"

// ferryInjured is a short article written for this test, in no question
// set: a partitive of an adjective head beside the count of the whole.
const ferryInjured = `Ferry slams into pier, injuring 17

LUND BAY, Wash. (AP) — A passenger ferry slammed into a pier on Sunday, injuring 17 people, the Coast Guard said. Four of the injured were in serious condition Sunday night, a hospital spokesman said.
`

func TestAdjectiveHeadPartIsNoCountOfTheWhole(t *testing.T) {
	checkAnswers(t, engineOf(t, ferryInjured), []answerCase{
		// "Four of the injured" is a part of those hurt, not how many were
		{"how many got hurt", []string{"17"}, []string{"Four of the injured."}},
		{"how many were injured", []string{"17"}, []string{"Four of the injured."}},
		// what sets the part apart asks the part
		{"how many are in serious condition", []string{"Four"}, nil},
	})
}
