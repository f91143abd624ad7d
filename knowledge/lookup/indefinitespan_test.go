package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// bridgeRepair is a short article written for this test, in no question
// set: its spans of time are counted by the indefinite article.
const bridgeRepair = `Bridge to close for repairs

DAYTON, Ohio (AP) — The Stewart Street Bridge will close for at least a month after engineers found a cracked beam, city officials said Friday.

A strike by ironworkers last spring lasted about a week. The district's spokeswoman, Carla Diaz, said detours would add about 10 minutes to commutes.
`

// "a month" after a word of duration is one month: "how long" is
// answered by it, and "for" makes it a duration even with "after" behind.
func TestIndefiniteArticleCountsASpan(t *testing.T) {
	e := engineOf(t, bridgeRepair)
	checkOpenings(t, e, []openingCase{
		{q: "how long will the bridge be closed", first: "At least a month"},
		{q: "how long did the strike last", first: "About a week"},
	})
}

// A role that opened its sentence ("The district's spokeswoman, Carla
// Diaz, said") is written in lower case after "is".
func TestRoleAfterIsInLowerCase(t *testing.T) {
	e := engineOf(t, bridgeRepair)
	a := ask(t, e, knowledge.Question{Text: "who is carla diaz"})
	if !strings.HasPrefix(a.Text, "Carla Diaz is the district's spokeswoman.") {
		t.Errorf("got %s", a.Text)
	}
}
