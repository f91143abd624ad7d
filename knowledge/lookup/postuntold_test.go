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

// Being put into the post is becoming its holder, so the sentence that
// swears her in answers "when does she become mayor" though it does not
// name the post again.
func TestPostVerbIsTheAct(t *testing.T) {
	e := engineOf(t, "Former principal ousts two-term mayor\n\n"+
		"PUEBLO, Colo. (AP) — Former high school principal Teresa Villanueva defeated two-term Mayor Nick Gradisar in Tuesday's runoff election.\n\n"+
		"Villanueva will be sworn in on Jan. 7. Her term runs four years.")
	checkOpenings(t, e, []openingCase{{q: "when does villanueva become mayor", first: "On Jan. 7"}})
}
