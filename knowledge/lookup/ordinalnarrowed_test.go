package lookup

import (
	"strings"
	"testing"
)

// An ordinal the article puts before a premodified noun ranks the
// narrower class, and another ordinal before the question's noun ranks it
// otherwise; the article is written for this test and is in no question
// set.
func TestOrdinalOfNarrowerClass(t *testing.T) {
	e := engineOf(t, "Vance's late goal lifts Thorns\n\nPORTLAND, Ore. (AP) — Nora Vance scored in stoppage time, and the Portland Thorns beat the Chicago Red Stars 2-1 on Saturday.\n\n"+
		"It was the first penalty goal of Vance's career and her ninth goal of the season.\n")
	checkOpenings(t, e, []openingCase{
		{q: "was it vance's first goal", first: "No —"},
		{q: "was it vance's first penalty goal", first: "Yes —"},
		{q: "was it vance's ninth goal", first: "Yes —"},
	})
	if a := answerOf(t, e, "was it vance's first goal of the season"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("the first penalty goal is no first goal:\n%s", a.Text)
	}
}
