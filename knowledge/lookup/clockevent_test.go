package lookup

import (
	"testing"

	"storybot/knowledge"
)

// ferryVote tells its event in the lead and its clock time paragraphs
// later, under the event's noun; another event's clock time stands beside.
const ferryVote = `Harbor board ends ferry subsidy

PORT ELLIS, Maine (AP) — The Port Ellis harbor board voted 4-3 on Thursday to end the town's $200,000 yearly subsidy for the island ferry, a move that could double fares by summer.

Islanders packed the meeting, which began at 6 p.m. in the high school gym, and more than 40 people spoke.

The vote came just before 11 p.m., after the board rejected a motion to delay it a month.

Ferry operator Tom Reese said fares would rise on June 1.`

// TestClockTimeOfTheNamedEvent checks that "what time" is answered by the
// clock time a later sentence gives the event under its noun ("The
// vote came just before 11 p.m."), citing the lead too, and not by the
// time of another event or of the act's opposite.
func TestClockTimeOfTheNamedEvent(t *testing.T) {
	e := engineOf(t, ferryVote)
	checkOpenings(t, e, []openingCase{
		{"what time did the board vote to end the subsidy", "Before 11 p.m.", []string{"(¶1)"}, []string{"6 p.m."}},
	})
	if a := ask(t, e, knowledge.Question{Text: "what time did the meeting end"}); a.Found {
		t.Errorf("the meeting's start answered its end:\n%s", a.Text)
	}
}
