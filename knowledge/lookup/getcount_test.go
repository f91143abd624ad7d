package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// "How many got sick" counts who got sick: "got" is the verb, and the
// noun after it is no counted noun; the article written for this test is
// in no question set.
func TestHowManyGot(t *testing.T) {
	e := engineOf(t, "Salad recall widens\n\nDENVER (AP) — Health officials said Friday that 46 people got sick after eating bagged salad, up from fewer than 20 a week ago.\n\nIn all, 212 people ate at the cafes that served it.\n")
	a := ask(t, e, knowledge.Question{Text: "how many got sick"})
	if !strings.HasPrefix(a.Text, "46") {
		t.Errorf("got %s", a.Text)
	}
}
