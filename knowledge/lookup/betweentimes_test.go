package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// dryerRecall is a short article written for this test, in no question set.
const dryerRecall = `Dryer maker recalls 9,000 hair dryers

FRESNO, Calif. (AP) — Solano Beauty is recalling 9,000 hair dryers because the cord can spark, the company said Monday.

The recall covers dryers made between May 2022 and January 2023.

Stores sold them in 2022 and 2023.
`

// Two times coordinated after "between" are one range: the answer keeps
// "between", which tells a span rather than two dates; two times after
// "in" stay two.
func TestBetweenTimesKeepTheirPreposition(t *testing.T) {
	e := engineOf(t, dryerRecall)
	a := ask(t, e, knowledge.Question{Text: "when were the dryers made"})
	if !strings.HasPrefix(a.Text, "Between May 2022 and January 2023") {
		t.Errorf("the range: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "when did stores sell them"})
	if strings.Contains(strings.ToLower(a.Text), "between 2022") {
		t.Errorf("no range: got %s", a.Text)
	}
}
