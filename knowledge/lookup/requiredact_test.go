package lookup

import (
	"strings"
	"testing"
)

// An act named only as the subject of a verb of requiring ("Overturning
// the rule would require 60 votes") is not told as done or possible; the
// requirement itself is. The article is written for this test and is in
// no question set.
func TestRequiredActGivesNoYes(t *testing.T) {
	e := engineOf(t, "Senate keeps rule\n\nAUGUSTA, Maine - Overturning the filibuster rule would require 60 votes in the Senate, which its critics lack, party leaders said Monday.\n")
	if a := answerOf(t, e, "can they overturn the rule"); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("what overturning takes is not that it can be done:\n%s", a.Text)
	}
	checkOpenings(t, e, []openingCase{
		{q: "does overturning the rule require 60 votes", first: "Yes"},
	})
}
