package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// canalLocks is a short article written for this test, in no question
// set.
const canalLocks = `Canal locks reopen after repairs

MILLBANK, Ohio (AP) — Boats passed through the Millbank canal locks on Monday for the first time since March.

"We rebuilt both gates from scratch," said Nadia Ferreira, executive director of the Millbank Canal Commission.

The repairs cost $4 million.
`

// A unique role takes no article in apposition even with premodifiers
// before its noun ("executive director of the … Commission"), so the role
// is read as the person's and "who is the executive director of the
// canal commission" names her.
func TestExecutiveDirectorRole(t *testing.T) {
	e := engineOf(t, canalLocks)
	a := ask(t, e, knowledge.Question{Text: "who is the executive director of the canal commission"})
	if !strings.HasPrefix(a.Text, "Nadia Ferreira") {
		t.Errorf("the role's holder: got %s", a.Text)
	}
}
