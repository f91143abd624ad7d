package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// orchardCoop is a short article written for these tests, in no question
// set: prices kept or staying as they were, beside one that changed.
const orchardCoop = `Orchard co-op holds cider price

BRATTLEBORO, Vt. (AP) — The Windham Orchard Cooperative will keep its cider price at $6 a gallon this fall, manager Ellen Voss said Friday.

Membership fees will stay at $40 a year. The cooperative raised its apple prices by 10 cents a pound and cut its store hours.
`

// TestKeptUnchanged checks that a thing kept or staying as it was answers
// a change of it no, that a change the article tells still answers yes,
// and that an act it does not tell gets no verdict.
func TestKeptUnchanged(t *testing.T) {
	e := engineOf(t, orchardCoop)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "is the co-op cutting the cider price", first: "No", want: []string{"keep its cider price"}},
		{q: "r membership fees going up", first: "No", want: []string{"stay at $40"}},
		{q: "did the co-op cut store hours", first: "Yes", want: []string{"cut its store hours"}},
	})
	for _, q := range []string{"is the cooperative selling the orchard"} {
		if a := ask(t, e, knowledge.Question{Text: q}); strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No —") {
			t.Errorf("%q: the article settles nothing, but the answer opens %q", q, a.Text)
		}
	}
}
