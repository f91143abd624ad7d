package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// petitionDrive is a short article written for this test, in no question
// set: the age is given by a description the name stands in apposition to.
const petitionDrive = `Teen's petition against quarry draws 1,100 names

MILLBROOK, Pa. (AP) — The 17-year-old who started an online petition against the quarry, Aiden Brooks, said more than 1,100 people had signed it.

Brooks's mother, Dana Brooks, said she was proud. "He did this on his own," she said.
`

// "The 17-year-old who …, Aiden Brooks," gives Brooks's age (a name in
// apposition to a description).
func TestAgeOfADescriptionInApposition(t *testing.T) {
	e := engineOf(t, petitionDrive)
	a := ask(t, e, knowledge.Question{Text: "how old is aiden brooks"})
	if !a.Found || !strings.HasPrefix(a.Text, "Aiden Brooks is 17.") {
		t.Errorf("got %s", a.Text)
	}
}
