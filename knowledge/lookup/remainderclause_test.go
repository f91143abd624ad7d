package lookup

import (
	"testing"

	"storybot/knowledge"
)

// chapelRebuild is a short article written for these tests, in no question
// set: a sentence of sums closes with a clause that names where the rest
// came from, without its figure.
const chapelRebuild = `Parish rebuilds chapel after storm

DUNMORE, Ky. (AP) — The diocese paid $700,000 of the $2 million rebuilding, and the rest came from a state disaster grant, the Rev. Paul Ashby said.

Parishioners held a bake sale that raised $8,000.
`

// TestRemainderWithoutFigure checks that the amount of what only a
// closing "and the rest came from …" clause names is refused, not given
// as the first clause's sum, while that clause's own sum and the whole
// are still answered.
func TestRemainderWithoutFigure(t *testing.T) {
	e := engineOf(t, chapelRebuild)
	for _, q := range []string{"how much was the disaster grant", "how big was the state grant"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the grant's figure is not given, want a refusal:\n%s", q, a.Text)
		}
	}
	checkOpenings(t, e, []openingCase{
		{q: "how much did the diocese pay", first: "$700,000"},
		{q: "how much did the rebuilding cost", first: "$2 million"},
	})
}
