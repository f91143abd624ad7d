package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryStorm is a short article written for this test, in no question
// set: a storm's strength at a moment the question places with "when".
const ferryStorm = `Storm grounds ferries along Maine coast

PORTLAND, Maine (AP) — A late-season storm came ashore near Portland on Monday evening with gusts of 70 mph, leaving 90,000 homes without power and grounding every ferry in Casco Bay.

Harbor master Lena Vickery said the wind had been blowing at 40 mph on Sunday.

Crews restored power to most homes by Wednesday.
`

// A "when" clause after another fronted wh-element places the question in
// time; it does not ask a time (Quirk et al., §11.14, §15.25).
func TestLaterWhenClauseAsksNoTime(t *testing.T) {
	e := engineOf(t, ferryStorm)
	checkAnswers(t, e, []answerCase{
		{"how strong were the gusts when the storm came ashore", []string{"70 mph"}, nil},
		{"when did the storm come ashore", []string{"Monday"}, nil},
	})
	for _, q := range []string{"how strong were the gusts when the storm came ashore", "what kind of storm was it when it came ashore"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !a.Found || strings.HasPrefix(a.Text, "On Monday") || strings.HasPrefix(a.Text, "Monday") {
			t.Errorf("%q asks no time, got %s", q, a.Text)
		}
	}
}
