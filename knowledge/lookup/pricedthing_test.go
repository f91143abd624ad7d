package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// fanRecall is a short article written for this test, in no question set.
const fanRecall = `Fan maker recalls 50,000 ceiling fans

RENO, Nev. (AP) — Altus Air is recalling 50,000 ceiling fans because the blades can fall, the company said Monday.

The recall covers Altus Breeze 300 fans made in 2023. The fans were sold for $80 to $120.

Owners can return the fans to the store at no cost.
`

// "How much will X cost" asks the price of X: a sum in a sentence that
// names neither X nor a pronoun that may take it up is another thing's
// price.
func TestPricedThingMustBeNamed(t *testing.T) {
	e := engineOf(t, fanRecall)
	a := ask(t, e, knowledge.Question{Text: "how much will the recall cost"})
	if strings.Contains(a.Text, "$80") {
		t.Errorf("what the fans sold for is no cost of the recall: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "how much did the fans cost"})
	if !strings.HasPrefix(a.Text, "$80 to $120") {
		t.Errorf("the fans' price: got %s", a.Text)
	}
}
