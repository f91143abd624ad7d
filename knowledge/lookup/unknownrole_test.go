package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferryCrewStrike is a short article written for this test, in no
// question set.
const ferryCrewStrike = `Ferry crews end strike

PORT ALDEN, Wash. (AP) — Ferry crews returned to work Tuesday after a three-day strike.

"The ferry agency finally listened to us," said Owen Marsh, 52, a deckhand who leads the crew union.

Service will be back to normal by Thursday.
`

// "Who is the <noun> of the agency" asks for whoever the noun names;
// when the article never uses that noun (a clipped or misspelt title),
// the one person the rest of the question fits ("the ferry agency" in
// his quotation) is not the answer.
func TestUnknownRoleNotDropped(t *testing.T) {
	e := engineOf(t, ferryCrewStrike)
	for _, q := range []string{"who is the supe of the ferry agency", "who's the gm at the ferry agency"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if strings.Contains(a.Text, "Owen Marsh") {
			t.Errorf("%q: no one is called so: got %s", q, a.Text)
		}
	}
	a := ask(t, e, knowledge.Question{Text: "who leads the crew union"})
	if !strings.HasPrefix(a.Text, "Owen Marsh") {
		t.Errorf("the union's leader: got %s", a.Text)
	}
}
