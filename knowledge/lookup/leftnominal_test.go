package lookup

import (
	"strings"
	"testing"
)

// A leaving noun with the person's genitive, told as done ("led to
// Flynn's resignation", "after Ruiz's firing"), ends the title the
// sentence gives; one called for does not. The article is written for
// this test and is in no question set.
func TestLeftByNominal(t *testing.T) {
	e := engineOf(t, "Agency chief under fire\n\nDENVER (AP) — Questions about overtime led to Parks Director Dale Orton's resignation last week, the city said.\n\n"+
		"Council members called for Water Director Ana Pike's resignation on Monday. Pike, 52, has not responded.\n")
	checkOpenings(t, e, []openingCase{
		{q: "is orton still parks director", first: "No — Dale Orton resigned"},
	})
	if a := answerOf(t, e, "is pike still water director"); strings.HasPrefix(a.Text, "No") {
		t.Errorf("a resignation called for is no resignation:\n%s", a.Text)
	}
}
