package lookup

import (
	"strings"
	"testing"
)

// boatTheftTrial is a short article written for this test and in no
// question set: a length of time after "for", followed by "before" and
// the act the question asks about.
const boatTheftTrial = "Jury convicts man of boat theft\n\n" +
	"ERIE, Pa. — A jury convicted a Harborcreek man of stealing two boats from a marina, prosecutors said.\n\n" +
	"Jurors deliberated for about six hours before returning a verdict. The man showed no reaction as the verdict was read.\n"

// TestForDurationIsNoTime: "for about six hours before returning a
// verdict" says how long the jurors deliberated, not when the verdict
// came, so it answers no when-question (durationspan.go,
// paragraphtime.go).
func TestForDurationIsNoTime(t *testing.T) {
	e := engineOf(t, boatTheftTrial)
	if a := answerOf(t, e, "when was the verdict"); strings.Contains(a.Text, "About six hours") {
		t.Errorf("when was the verdict: answered by a duration:\n%s", a.Text)
	}
}
