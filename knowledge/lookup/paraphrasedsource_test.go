package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// shelterPlan is a short article written for this test, in no question
// set: each act closes with its source in end position ("…, Amato
// said"), and the questions ask the acts in other words than the
// article's.
const shelterPlan = `Town approves animal shelter

MILLBROOK, Ohio (AP) — The town council approved a new animal shelter on Tuesday, officials said.

The dogs will be fed by the Millbrook Kennel Club, Amato said.

The kennels will be hosed down every morning, council president Judy Amato said.

The shelter will be cleaned by volunteers, according to Mayor Denise Koval.
`

// The source of an end-position attribution is outside the clause it
// reports (Quirk et al., §15.52): asked the act in other words, the
// reader is owed the passive's agent, never the source.
func TestParaphrasedActSkipsSource(t *testing.T) {
	e := engineOf(t, shelterPlan)
	checkOpenings(t, e, []openingCase{
		{q: "who will look after the dogs", first: "Millbrook Kennel Club"},
		{q: "who's looking after the shelter", first: "Volunteers"},
	})
	for _, q := range []string{"who will look after the kennels"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if a.Found && strings.HasPrefix(a.Text, "Judy Amato") {
			t.Errorf("%q: the source is no doer:\n%s", q, a.Text)
		}
	}
}
