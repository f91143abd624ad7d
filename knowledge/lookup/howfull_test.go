package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// lowReservoir grades a reservoir's fullness by a share of its capacity,
// with another, conditional share after it.
const lowReservoir = `Drought drains Pine Creek Reservoir to a third

ELKO, Nev. (AP) — Pine Creek Reservoir, which serves about 20,000 people in Elko County, has dropped to 34% of capacity, the county water authority said Friday.

The authority said it would stop releases to ranchers entirely if the lake falls below 20%.

"We have never seen it this low in August," said authority manager Dale Yorke, 58.`

// TestHowFullAsksShare checks that "how full is X" asks the share of
// capacity the article gives, not the passage that best matches "full".
func TestHowFullAsksShare(t *testing.T) {
	e := engineOf(t, lowReservoir)
	for _, q := range []string{"how full is the reservoir", "how full is pine creek reservoir"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !a.Found || !strings.HasPrefix(a.Text, "34%") {
			t.Errorf("%q: want the share of capacity first, 34%%:\n%s", q, a.Text)
		}
	}
}
