package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// libraryBoard tells acts that were asked for or offered, and one that
// was forced and so happened.
const libraryBoard = `Library director refuses to quit over closures

MILLBROOK, Ore. (AP) — Three members of the Millbrook library board on Monday urged director Hana Osei to resign over the closing of two branches, and the board chair offered her the chance to retire with a year's pay.

Osei said she would stay. "I was hired to keep these doors open, and that is what I intend to do," she said.

Flooding in March forced the staff of the Elm Street branch to move to City Hall, where they worked until May because the building's roof had failed.

The board meets again on June 2.`

// TestDirectedActsAreNotDone checks that an act a directive verb or a
// noun of prospect governs ("urged her to resign", "the chance to
// retire") is not taken as done: no reason, time or yes for it, while an
// implicative verb's act ("forced the staff to move") is.
func TestDirectedActsAreNotDone(t *testing.T) {
	e := engineOf(t, libraryBoard)
	for _, q := range []string{"why did osei resign", "when did osei retire", "did osei resign?"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "On Monday") || strings.Contains(a.Text, "Because") {
			t.Errorf("%q: an act only urged or offered was answered as done:\n%s", q, a.Text)
		}
	}
	a := ask(t, e, knowledge.Question{Text: "why did osei resign"})
	if a.Found {
		t.Errorf("why did osei resign: want a refusal, got:\n%s", a.Text)
	}
	if a := ask(t, e, knowledge.Question{Text: "why did the staff move"}); !a.Found || !strings.Contains(a.Text, "roof") && !strings.Contains(a.Text, "Flooding") {
		t.Errorf("why did the staff move: the forced act is done, want its reason:\n%s", a.Text)
	}
}
