package lookup

import "testing"

// bridgeFine is a short article written for this test, in no question
// set: the headline calls the body by a class noun and the lead names it,
// with the day of the act between the subject and the verb.
const bridgeFine = `State fines contractor over bridge delays

ALBANY, N.Y. (AP) — The Thruway Authority on Monday fined Harmon Steel $300,000 for missing deadlines on a river bridge, the agency said.

The company has 30 days to appeal.
`

// A medial time adjunct stands between subject and verb (Quirk et al.
// 1985, §8.14–8.20), so the subject ends before it, not at the day.
func TestMedialTimeSubjectAnswersWho(t *testing.T) {
	e := engineOf(t, bridgeFine)
	checkOpenings(t, e, []openingCase{
		{q: "who fined them", first: "Thruway Authority"},
		{q: "who fined harmon steel", first: "Thruway Authority"},
	})
}
