package lookup

import (
	"strings"
	"testing"
)

// A yes/no question's verb told of another object ("signed a separate
// bill") gives no Yes for the asked object, though the sentence holds
// most of the question's words; told of the asked object it does. The
// article is written for this test and is in no question set.
func TestYesOnOtherObject(t *testing.T) {
	e := engineOf(t, "Mayor vetoes fee limit\n\nBANGOR, Maine - Mayor Ellen Roy on Friday vetoed a bill that would have capped parking fees at $2 an hour.\n\n"+
		"She also signed a separate bill Friday requiring notice of any parking fee increase.\n\n"+
		"Portland and Augusta both have parking caps. A cap was first proposed in 2019, and merchants called the cap unfair.\n")
	if a := answerOf(t, e, "did she sign the parking cap"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("another bill signed is no cap signed:\n%s", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "did she sign a bill", first: "Yes"},
	})
}
