package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// countyRoad is a short article written for these tests, in no question
// set: "department" shares Snowball's stem with "depart", which WordNet
// puts one link from "resign"; "deaths" is the noun of "die".
const countyRoad = `Road crew finishes Route 9 repaving early

MILTON, Vt. (AP) — The county's highway department finished repaving Route 9 on Friday, two weeks ahead of schedule.

"We had good weather and a good crew," said Dana Whitcomb, the department's road supervisor.

The work closed one lane for a month. No deaths or injuries were reported during the project.
`

// TestWeakLinkNeedsTheWord checks that a word reached through a WordNet
// link meets only the word itself or its forms, not an unrelated word
// with the same stem.
func TestWeakLinkNeedsTheWord(t *testing.T) {
	e := engineOf(t, countyRoad)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "why did whitcomb resign"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("resign met \"department\" through depart:\n%s", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		// kill → die, which the article writes as its noun
		{"was anyone killed", []string{"No deaths"}, nil},
	})
}

// TestInflections checks the regular inflections, spelling rules included.
func TestInflections(t *testing.T) {
	for w, want := range map[string]string{"stop": "stopped", "carry": "carried", "close": "closing", "depart": "departed"} {
		found := false
		for _, f := range inflections(w) {
			found = found || f == want
		}
		if !found {
			t.Errorf("inflections(%q) lacks %q: %v", w, want, inflections(w))
		}
	}
	for _, f := range inflections("depart") {
		if f == "department" {
			t.Error("department is no inflection of depart")
		}
	}
}
