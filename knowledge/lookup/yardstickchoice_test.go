package lookup

import "testing"

// harborSoccer is a short article written for this test, in no question
// set: a win told by "beat", then the loser's figure set before the
// winner's with "compared with".
const harborSoccer = `Bayside edges Northgate in soccer opener

PORT ELLIS, Maine (AP) — Bayside beat Northgate 2-1 on Sunday in the season opener.

Northgate completed 71% of its passes, compared with 84% for Bayside.
`

func TestYardstickFiguresDecideAChoice(t *testing.T) {
	checkAnswers(t, engineOf(t, harborSoccer), []answerCase{
		// named first in the sentence, Northgate has the smaller share
		{"who passed better, northgate or bayside", []string{"Bayside."}, []string{"Northgate."}},
		// the defeat still goes by the order of "beat"
		{"who won, northgate or bayside", []string{"Bayside."}, nil},
	})
}
