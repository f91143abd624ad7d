package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// capeAnnRescue is a short article written for these tests, in no
// question set: a headline's verb ("rescued") the lead tells in other
// words, two cardinals in one clause, and a hometown closing a sentence.
const capeAnnRescue = `Fishermen rescued after boat sinks off Cape Ann

GLOUCESTER, Mass. (AP) — Three fishermen spent nearly six hours clinging to a cooler in 52-degree water before a Coast Guard helicopter pulled them from the sea Tuesday, about 14 miles east of Cape Ann.

The captain, Luis Amaral, 58, of New Bedford, said the men tied themselves together with a length of line.

The other two men were identified as Amaral's nephew, Rui Costa, 31, and deckhand Kevin Doyle, 24, of Gloucester.
`

// The headline names the lead's event: its words stand for the lead's
// own, as an earlier sentence's do for the one that refers back to it.
func TestLeadTellsHeadlineEvent(t *testing.T) {
	checkAnswers(t, engineOf(t, capeAnnRescue), []answerCase{
		{"how many fishermen were rescued", []string{"Three fishermen"}, nil},
	})
}

// A cardinal opens a noun phrase of its own: "Three fishermen spent
// nearly six hours" counts fishermen, then hours.
func TestCardinalEndsCountedNoun(t *testing.T) {
	checkOpenings(t, engineOf(t, capeAnnRescue), []openingCase{
		{"how long were they in the water", "Nearly six hours. ", nil, nil},
	})
}

// A hometown that closes its sentence keeps one period.
func TestHometownAtSentenceEnd(t *testing.T) {
	a := ask(t, engineOf(t, capeAnnRescue), knowledge.Question{Text: "where is doyle from"})
	if !strings.HasPrefix(a.Text, "Gloucester. ") {
		t.Errorf("want the answer to open with \"Gloucester. \":\n%s", a.Text)
	}
}
