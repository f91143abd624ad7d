package lookup

import "testing"

// spellingBee is a short article written for this test, in no question
// set: the sum a contest's winner takes, told by the agent noun of
// "win", beside a share of words.
const spellingBee = `Ohio girl, 12, wins national spelling bee

WASHINGTON (AP) — Maya Ferris, 12, of Dayton, Ohio, won the National Spelling Bee on Thursday night.

Ferris spelled 96% of her words correctly. She will get the winner's prize of $50,000 and a trophy.
`

// "How much did she win", naming no noun, is answered by the sum the
// article gives the winner, the agent noun of the verb asked, not by a
// share of her words.
func TestAgentNounOfTheAmount(t *testing.T) {
	e := engineOf(t, spellingBee)
	checkAnswers(t, e, []answerCase{
		{"how much did ferris win", []string{"$50,000"}, []string{"96%"}},
	})
}
