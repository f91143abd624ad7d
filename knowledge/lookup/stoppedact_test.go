package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryRider is a short article written for this test, in no question set.
const ferryRider = `Ferry returns after repairs

PORT ELLIS, Maine (AP) — The island ferry resumed trips Friday after six weeks in dry dock.

Fisherman Tom Varga, 58, who sells at the mainland market twice a week, said he had stopped selling there while the ferry was docked.
`

// "had stopped selling there while the ferry was docked" denies that he
// kept selling, and that he sold there while it was docked; it leaves
// alone whether he sells there at all.
func TestStoppedActIsNo(t *testing.T) {
	e := engineOf(t, ferryRider)
	for _, q := range []string{
		"did varga keep selling at the market",
		"did varga sell at the market while the ferry was docked",
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); !strings.HasPrefix(a.Text, "No") {
			t.Errorf("%q: he stopped selling: %s", q, a.Text)
		}
	}
	if a := ask(t, e, knowledge.Question{Text: "does varga sell at the market"}); strings.HasPrefix(a.Text, "No") {
		t.Errorf("he sells there twice a week: %s", a.Text)
	}
}
