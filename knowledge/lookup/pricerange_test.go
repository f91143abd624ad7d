package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// lampRecall is a short article written for this test, in no question set.
const lampRecall = `Lamp maker recalls desk lamps

TOLEDO, Ohio (AP) — Brightwell Lighting is recalling 65,000 desk lamps because the cord can overheat, the company said Monday.

The lamps were sold online for $25 to $40 between 2022 and 2024.

The company said the recall would cost it about $3 million.

Sales fell from $90 million to $70 million last year.
`

// A sum that opens a range told with "to", each figure with its sign
// ("for $25 to $40"), is half of what the article says: the range is
// the answer. "From X to Y" is still a change.
func TestMoneyRangeWithToIsAnsweredWhole(t *testing.T) {
	e := engineOf(t, lampRecall)
	a := ask(t, e, knowledge.Question{Text: "how much were the lamps sold for"})
	if !strings.HasPrefix(a.Text, "$25 to $40") {
		t.Errorf("the range: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "how much did sales fall"})
	if !strings.HasPrefix(a.Text, "From $90 million to $70 million") && !strings.HasPrefix(a.Text, "from $90 million to $70 million") {
		t.Errorf("a change: got %s", a.Text)
	}
}
