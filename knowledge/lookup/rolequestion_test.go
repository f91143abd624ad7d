package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// bookkeeper is a short article written for this test, in no question
// set: a board chair who speaks of the attorney general, and no lawyer of
// the accused.
const bookkeeper = `Former pantry bookkeeper admits theft

EUGENE, Ore. (AP) — A former bookkeeper for a food pantry admitted Tuesday to stealing $91,000 from it over four years.

"We trusted her with everything," board chair Luis Ferreira said. State law required the board to report the loss to the attorney general's office, Ferreira said.

Her husband, Tom Marlow, declined to comment.
`

// "Who's her lawyer" asks for the holder of a role as "who is the lawyer"
// does: a possessive determiner makes the role definite. A speaker whose
// sentence mentions another office is no holder of it.
func TestPossessiveRoleQuestion(t *testing.T) {
	e := engineOf(t, bookkeeper)
	if a := ask(t, e, knowledge.Question{Text: "who's her lawyer"}); a.Found || strings.Contains(a.Text, "Ferreira") {
		t.Errorf("no lawyer is named: %s", a.Text)
	}
	if a := ask(t, e, knowledge.Question{Text: "who's her husband"}); !a.Found || !strings.HasPrefix(a.Text, "Tom Marlow") {
		t.Errorf("want her husband, got %s", a.Text)
	}
}
