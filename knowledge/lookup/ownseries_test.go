package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// fieldHockeySeason is a short article written for this test, in no question
// set: a player's season total told only by a possessive ordinal with a
// span ("Okonjo's 41st goal of the season"), and another player's
// ordinal with no span ("Marr's second goal").
const fieldHockeySeason = `Kestrel beats Vale in hockey

ASHBY, Kan. (AP) — Dana Okonjo scored twice as Kestrel beat Vale 4-2 on Sunday.

It was Okonjo's 41st goal of the season. Vale forward Kim Marr scored her second goal late in the third period.
`

// TestOwnSeries checks that a possessive ordinal bounded by a span counts
// its owner's acts in that span ("how many goals does Okonjo have this
// season": 41), and that one with no span, or of another person, counts
// nothing.
func TestOwnSeries(t *testing.T) {
	e := engineOf(t, fieldHockeySeason)
	checkAnswers(t, e, []answerCase{
		{"how many goals does okonjo have this season", []string{"41", "of the season"}, nil},
	})
	for _, q := range []string{"how many goals does marr have this season", "how many goals does marr have"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found && (strings.Contains(a.Text, "41") || strings.HasPrefix(a.Text, "2")) {
			t.Errorf("%q: answered from an ordinal that counts nothing:\n%s", q, a.Text)
		}
	}
}
