package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// floodTown is a short article written for this test, in no question set.
const floodTown = `River floods Millbrook

MILLBROOK, Vt. (AP) — The Otter River overflowed its banks on Sunday, killing two people and forcing about 1,900 residents to evacuate, officials said.

Evacuees crowded a gym at Millbrook Middle School, where 140 people slept on cots.
`

// The number whose own verb is the asked act counts it ("forcing about
// 1,900 residents to evacuate"), not a number of the counted noun beside
// a derived noun of the act ("Evacuees crowded a gym, where 140 people
// slept").
func TestCountOfTheAskedVerb(t *testing.T) {
	e := engineOf(t, floodTown)
	for _, q := range []string{"how many people were evacuated", "how many ppl had to evacuate"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !strings.HasPrefix(a.Text, "About 1,900") {
			t.Errorf("%q: got %s", q, a.Text)
		}
	}
}
