package lookup

import (
	"strings"
	"testing"
)

// A word of the question held only in a comparison's standard ("compared
// with a surplus of $2 million the year before") gives no Yes for the
// time the sentence reports; a question that names the standard's time
// is answered by it. The article is written for this test and is in no
// question set.
func TestComparedStandardGivesNoYes(t *testing.T) {
	e := engineOf(t, "Transit agency runs short\n\nAKRON, Ohio - The Metro Regional Transit Authority ran a deficit of $5 million last year, compared with a surplus of $2 million the year before, its board said Tuesday.\n\n"+
		"Ridership fell 8 percent.\n")
	if a := answerOf(t, e, "did the transit authority have a surplus"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("a surplus the year before is none now:\n%s", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "did the transit authority have a deficit", first: "Yes"},
	})
}
