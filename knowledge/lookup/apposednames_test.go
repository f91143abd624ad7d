package lookup

import "testing"

// schoolBudget is a short article written for this test, in no question
// set: counted groups of people each named by an appositive list.
const schoolBudget = `School board approves new budget

DENVER (AP) — The Denver school board approved a $1.2 billion budget on Monday by a 5-2 vote.

Two members, Carla Ruiz and Dean Porter, voted against the plan, saying it cut too much from arts programs.

Three teachers, Mia Chen, Raj Patel and Lou Grant, spoke at the meeting.

The board's president, Ellen Stone, said the vote was a hard one.
`

// TestApposedNames checks that a counted plural followed by an appositive
// list of names ("Two members, Carla Ruiz and Dean Porter,") is
// identified by it: "which members" is answered with the names, not
// refused as an unidentified "Two members".
func TestApposedNames(t *testing.T) {
	checkOpenings(t, engineOf(t, schoolBudget), []openingCase{
		{"which members voted against it", "Carla Ruiz and Dean Porter.", nil, []string{"doesn't say"}},
		{"which teachers spoke", "Mia Chen, Raj Patel and Lou Grant.", nil, []string{"doesn't say"}},
		{"which board members voted no", "Carla Ruiz and Dean Porter.", nil, nil},
	})
}
