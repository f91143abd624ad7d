package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// oakParkPool is a short article written for this test, in no question
// set: an act in an -ed participle clause with no doer ("paid for with a
// state grant") in a sentence whose subject did another act, beside a
// verb after an appositive that is the sentence's own.
const oakParkPool = `Oak Park pool reopens

OAK PARK, Ill. (AP) — Mayor Lena Ortiz praised the new pool the council approved in 2022, paid for with a state grant.

Former lifeguard Sam Reyes, 71, swam in the first race on Saturday.
`

func TestParticipleClauseHasNoDoer(t *testing.T) {
	e := engineOf(t, oakParkPool)
	if a := ask(t, e, knowledge.Question{Text: "who paid for the pool"}); a.Found && strings.HasPrefix(a.Text, "Lena Ortiz") {
		t.Errorf("the mayor praised the pool; the clause names no payer:\n%s", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		{"who swam in the first race", []string{"Sam Reyes."}, nil},
	})
}
