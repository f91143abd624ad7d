package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// caveSearch is a short article written for this test, in no question set.
const caveSearch = `Caver found alive after search

BEND, Ore. (AP) — Rescuers found a missing caver alive Sunday after a search that lasted 31 hours, the Deschutes County sheriff's office said.

The caver, Owen Pratt, 24, was treated for a sprained ankle, according to Sheriff Lynn Ames. Tickets for Saturday's cave tours were refunded.
`

// Chat shortenings of time units and common nouns are read as the words
// they stand for (Wiktionary, "Appendix:English internet slang").
func TestChatShorteningsOfUnits(t *testing.T) {
	e := engineOf(t, caveSearch)
	for q, want := range map[string]string{
		"how many hrs did the search take":            "31 hours",
		"acc to the sheriff, what was he treated for": "sprained ankle",
		"what happened to the tour tix":               "refunded",
	} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !a.Found || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q, got %s", q, want, a.Text)
		}
	}
}
