package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// leveeMayor is a short article written for this test, in no question set.
const leveeMayor = `Levee breach floods farms

CAIRO, Ill. (AP) — A levee on the Ohio River gave way Monday, flooding about 30 farms, officials said.

Mayor Tom Ridley ordered sandbagging along Front Street. He said he would tour the farms on Wednesday.

Sheriff Ana Cole said no one was hurt.
`

// A person described by title ("the mayor") is answered by a sentence
// that refers to them by pronoun only; a described person the sentence
// is not about ("the sheriff") is not.
func TestDescribedPersonByPronoun(t *testing.T) {
	e := engineOf(t, leveeMayor)
	a := ask(t, e, knowledge.Question{Text: "when will the mayor tour the farms"})
	if !strings.HasPrefix(a.Text, "On Wednesday") {
		t.Errorf("got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "when will the sheriff tour the farms"})
	if a.Found {
		t.Errorf("the sheriff tours nothing: got %s", a.Text)
	}
}
