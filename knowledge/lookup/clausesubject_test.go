package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// bakeryCosts is a short article written for this test, in no question
// set: one sentence gives two subjects their own change in coordinated
// clauses, a share and a sum.
const bakeryCosts = `Corner bakery raises bread prices

TALLIS, Vt. (AP) — The owner of the Lark Street Bakery said Friday she will charge more for bread next month.

Mira Osk said her flour bills climbed 30% and her electricity costs rose by $4,000 this year.
`

// "How much did her flour bills go up" asks the first clause's subject:
// its figure, 30%, not the sum of the clause after "and", whose subject
// is another (Quirk et al., §13.1); the second clause's subject asked
// takes its own figure.
func TestFigureOfClauseAsked(t *testing.T) {
	e := engineOf(t, bakeryCosts)
	checkOpenings(t, e, []openingCase{
		{q: "how much did osk's flour bills go up", first: "30%"},
		{q: "how much did her flour bills go up", first: "30%"},
		{q: "how much did her electricity costs go up", first: "$4,000"},
	})
}

// meteoriteBids is a short article written for this test, in no question
// set: two bidders, one figure.
const meteoriteBids = `Farmer weighs offers for meteorite

GREENSBURG, Kan. (AP) — A farmer who plowed up a 40-pound meteorite has two offers for it.

The state university has offered $42,000 for the rock, but the farmer said a dealer in Denver has offered more. He has not decided whether to sell.
`

// A figure in one coordinated clause is its own subject's: the clause
// after "but" tells the same act of another subject with no figure, so
// "how much did the dealer offer" is not answered with the university's.
func TestFigureToldOfAnother(t *testing.T) {
	e := engineOf(t, meteoriteBids)
	if a := ask(t, e, knowledge.Question{Text: "how much did the denver dealer offer"}); strings.HasPrefix(a.Text, "$42,000") {
		t.Errorf("the dealer's figure is not given: %s", a.Text)
	}
	if a := ask(t, e, knowledge.Question{Text: "how much did the university offer"}); !a.Found || !strings.HasPrefix(a.Text, "$42,000") {
		t.Errorf("want the university's $42,000, got %s", a.Text)
	}
}
