package lookup

import (
	"strings"
	"testing"
)

// bomberWreck is a short article written for this test, in no question
// set: a headline's event whose lead dates only the telling (", the
// society said Wednesday") and, in a relative clause, an older act.
const bomberWreck = `Diver finds World War II bomber in Lake Michigan

MUSKEGON, Mich. (AP) — A diver searching for shipwrecks has found the wreck of a bomber, a plane that flew patrols over the lake about 80 years ago, the state historical society said Wednesday.
`

// bomberWreckTold is the same story with no time but the telling's.
const bomberWreckTold = `Diver finds World War II bomber in Lake Michigan

MUSKEGON, Mich. (AP) — A diver searching for shipwrecks has found the wreck of a bomber in 240 feet of water, the state historical society said Wednesday.
`

// bomberWreckDated is the same story with the find dated in its own
// clause.
const bomberWreckDated = `Diver finds World War II bomber in Lake Michigan

MUSKEGON, Mich. (AP) — A diver searching for shipwrecks found the wreck of a bomber on Monday, the state historical society said Wednesday.
`

// The headline's event takes the lead's time only when that time dates
// the event: not the time of a trailing attribution, nor one in a
// relative clause after the event's words.
func TestHeadlineTimeTold(t *testing.T) {
	e := engineOf(t, bomberWreck)
	for _, not := range []string{"Wednesday", "About 80 years ago"} {
		if a := answerOf(t, e, "when was the bomber found"); strings.HasPrefix(a.Text, not) {
			t.Errorf("when was the bomber found: answered %q", a.Text)
		}
	}
	if a := answerOf(t, engineOf(t, bomberWreckTold), "when was the bomber found"); strings.HasPrefix(a.Text, "Wednesday") {
		t.Errorf("when was the bomber found, told Wednesday: answered %q", a.Text)
	}
	checkAnswers(t, e, []answerCase{{"when did the plane fly patrols over the lake", []string{"80 years ago"}, nil}})
	if a := answerOf(t, engineOf(t, bomberWreckDated), "when was the bomber found"); !strings.HasPrefix(a.Text, "On Monday") {
		t.Errorf("when was the bomber found, dated: answered %q", a.Text)
	}
}
