package lookup

import "testing"

// oswinQuarry is a short article written for this test, in no question
// set: a phrasal verb the article never uses ("hand out"), filed under
// giving and so near a verb of saying, is asked of a noun phrase, not of
// a reported clause.
const oswinQuarry = `County fines quarry over dust

OSWIN, Pa. (AP) — Oswin County fined the Redstone quarry $40,000 on Thursday for letting limestone dust drift onto a school playground.

Neighbors welcomed the fine but said it was too small to change how the quarry operates.
`

// "Who handed out the fine" asks who gave the fine, not who said
// something about it: what follows the particle is a noun phrase.
func TestPhrasalVerbReportsNoClause(t *testing.T) {
	e := engineOf(t, oswinQuarry)
	checkAnswers(t, e, []answerCase{
		{"who handed out the fine", nil, []string{"Neighbors"}},
	})
}
