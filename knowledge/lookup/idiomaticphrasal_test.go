package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// pellMill is a short article written for these tests, in no question
// set: a closure told without the phrasal verbs a reader asks by ("lay
// off", "help out"), and a head count that is not the one asked.
const pellMill = `Pell Paper to close mill

PELLTON, Maine (AP) — Pell Paper will close its Pellton mill in June and eliminate 300 jobs, the company said Tuesday.

The mill employs 240 people. Volunteers from the town are assisting families of the workers.
`

// TestIdiomaticPhrasal reads a verb and particle WordNet lists as one
// verb: met by the article's broader word for it, and otherwise a verb the
// article never uses, not the bare verb's synonyms or nothing at all.
func TestIdiomaticPhrasal(t *testing.T) {
	e := engineOf(t, pellMill)
	checkOpenings(t, e, []openingCase{
		{"are volunteers helping out?", "Yes", []string{"assisting"}, nil},
	})
	for _, q := range []string{"how many people are getting laid off", "who put out the fire at the mill?"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the article does not say, got:\n%s", q, a.Text)
		}
	}
	if a := ask(t, e, knowledge.Question{Text: "how many people work at the mill?"}).Text; !strings.HasPrefix(a, "240") {
		t.Errorf("the mill's head count: got\n%s", a)
	}
}
