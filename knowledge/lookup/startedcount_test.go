package lookup

import (
	"testing"

	"storybot/knowledge"
)

// relayField is a short article written for these tests, in no question
// set: a field whose starting size is given, and of one group only that.
const relayField = `Heat thins field at desert relay

YUMA, Ariz. (AP) — Heat forced dozens of teams out of the Sonoran Relay on Saturday, organizers said.

Forty Mexican teams started the relay on Friday.

Of the 210 teams that started, 96 are still in the relay.
`

// TestStartedNotLeft: "how many are still in it" is not answered by the
// count of those who began it; the count that holds on answers when the
// article gives one.
func TestStartedNotLeft(t *testing.T) {
	e := engineOf(t, relayField)
	checkOpenings(t, e, []openingCase{
		{q: "how many teams are still in the relay", first: "96"},
	})
	q := "how many mexican teams are still in the relay"
	if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
		t.Errorf("%s: answered %q; the article gives only how many began", q, a.Text)
	}
}
