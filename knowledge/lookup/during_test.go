package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// councilLeak is a short article written for this test, in no question
// set: the asked act is dated only by a "during" phrase, in a sentence
// whose other time phrase dates another act, and a bare "during class"
// that dates nothing.
const councilLeak = `Council member faces calls to resign

DENVER (AP) — Council member Rita Vance has faced calls to resign in recent days after it was reported that she had shared a closed-door memo with a developer during last year's budget fight.

Vance said she shared the memo by mistake. Her daughter's school bans phones during class, she told reporters on Friday.
`

// "during" with a specific noun phrase places its clause in time (Quirk et
// al., §9.40), and "recent days after it" is no count of days.
func TestDuringPhraseDatesItsClause(t *testing.T) {
	e := engineOf(t, councilLeak)
	a := ask(t, e, knowledge.Question{Text: "when did vance share the memo with the developer"})
	if !a.Found || !strings.HasPrefix(a.Text, "During last year's budget fight") {
		t.Errorf("want the during phrase first, got %s", a.Text)
	}
	if strings.Contains(a.Text, "after it.") {
		t.Errorf("a span of 'recent days after it': %s", a.Text)
	}
}
