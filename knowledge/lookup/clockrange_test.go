package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// poolHours is a short article written for this test, in no question set.
const poolHours = `City pool reopens after repairs

TOLEDO, Ohio (AP) — The Ottawa Park pool reopened Saturday after a month of repairs, the parks department said.

Lifeguards are on duty from 11 a.m. to 7 p.m. every day.
`

// A what-time question about hours written as a range is answered by
// both ends of the range, not its opening hour.
func TestClockRangeAnswersBothEnds(t *testing.T) {
	e := engineOf(t, poolHours)
	a := ask(t, e, knowledge.Question{Text: "what time are lifeguards on duty"})
	if !strings.HasPrefix(a.Text, "From 11 a.m. to 7 p.m.") {
		t.Errorf("the hours: got %s", a.Text)
	}
}
