package lookup

import "testing"

// librarySundays is a short article written for this test, in no question
// set: a group's demand written with "demand", and a lawmaker who will
// "call" parents and officials (summon them), which asks for nothing.
const librarySundays = `Library cuts weekend hours

GRANTVILLE, Ohio (AP) — The Grantville Public Library will close on Sundays starting in June to save about $90,000 a year, its board said Monday.

The parents' council voted 9-2 on Tuesday to demand a public hearing on the cuts before June.

State Sen. Ruth Okafor said she would call parents and library officials to a committee meeting next month.
`

func TestAskForIsRequest(t *testing.T) {
	e := engineOf(t, librarySundays)
	checkAnswers(t, e, []answerCase{
		// "ask for" is WordNet's request, as "demand" is: not "call"
		{"what are the parents asking for", []string{"public hearing"}, []string{"Okafor"}},
		{"what is the parents' council asking for", []string{"public hearing"}, []string{"Okafor"}},
	})
}
