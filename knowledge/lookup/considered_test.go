package lookup

import (
	"strings"
	"testing"
)

// An act told only as the object of a verb of deliberation ("weighing
// its options, including a lawsuit") is neither decided nor ruled out:
// no Yes. The article is written for this test and is in no question set.
func TestConsideredActGivesNoYes(t *testing.T) {
	e := engineOf(t, "County loses bid\n\nRENO, Nev. - The state denied Washoe County's request for flood money on Monday.\n\n"+
		"The county said it was weighing its options, including a lawsuit.\n")
	if a := answerOf(t, e, "will the county sue"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("a lawsuit weighed is no lawsuit decided:\n%s", a.Text)
	}
}
