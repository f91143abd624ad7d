package lookup

import (
	"testing"

	"storybot/knowledge"
)

// A title before a name tells that the person holds the post, not when
// the holding began: with no "became" and no verb of putting into a
// post, "when did she become X" is not answered by the time of the
// sentence's own act.
func TestPostUntold(t *testing.T) {
	e := engineOf(t, knowledge.DefaultText()) // "U.S. Attorney-General Jeff Sessions has come under attack in recent days …"
	checkWantOrRefused(t, e, []wantCase{{q: "when did sessions become attorney general"}})
	e2 := engineOf(t, "New chief named\n\n"+
		"Maria Ortiz was named fire chief in 2019. Fire Chief Maria Ortiz spoke on Monday.")
	checkOpenings(t, e2, []openingCase{{q: "when did ortiz become fire chief", first: "In 2019"}})
}

