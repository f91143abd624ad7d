package lookup

import (
	"slices"
	"strings"
	"testing"
)

// readingScores is a short article written for this test, in no question
// set: "scores" as the plural noun, with no of-phrase after it, and as
// the quantifier before one.
const readingScores = `District reading scores climb

BOISE, Idaho (AP) — Boise students raised their reading scores by 4 points this year, the district said Monday. Scores of parents attended the board meeting where the results were shared.
`

func TestScoresNoun(t *testing.T) {
	e := engineOf(t, readingScores)
	// the noun is no figure: it answers no "how much"
	if a := answerOf(t, e, "how much did reading scores go up"); strings.HasPrefix(a.Text, "Scores") {
		t.Errorf("the noun \"scores\" read as a figure:\n%s", a.Text)
	}
	s := &e.r.sents[len(e.r.sents)-1]
	if !slices.ContainsFunc(s.nums, func(n quantity) bool { return strings.HasPrefix(n.text, "Scores") }) {
		t.Errorf("the quantifier before \"of\" is no longer read: %q", s.text)
	}
}
