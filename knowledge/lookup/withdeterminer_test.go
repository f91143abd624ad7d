package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// divertedFlight is a short article written for this test, in no
// question set: a person introduced by a noun phrase that opens with
// "another".
const divertedFlight = `Flight diverted to Rapid City after unruly passenger

RAPID CITY, S.D. (AP) — A flight from Denver to Minneapolis was diverted to Rapid City on Monday after a passenger tried to open an emergency exit, police said.

Another passenger, Lena Hovde, 52, said the man shouted before crew members held him down.
`

// A role opened by a central determiner keeps it and takes no "the"
// (Quirk et al. 1985, ch. 5).
func TestRoleKeepsItsDeterminer(t *testing.T) {
	e := engineOf(t, divertedFlight)
	a := ask(t, e, knowledge.Question{Text: "who is lena hovde"})
	if !a.Found || !strings.Contains(a.Text, "another passenger") || strings.Contains(a.Text, "the Another") {
		t.Errorf("want %q, got %s", "another passenger", a.Text)
	}
}
