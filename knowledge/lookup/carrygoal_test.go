package lookup

import "testing"

// A story whose movements are told only by verbs of carrying: the goal
// is after "to", with the thing carried between the verb and it.
const carryGoalStory = `Ferry loses power in Penobscot Bay

ROCKLAND, Maine (AP) — A state ferry lost engine power for two hours Saturday in Penobscot Bay, the Maine State Ferry Service said.

The ferry was carrying 120 passengers and 14 cars to Vinalhaven when an engine failed about 3 miles from Rockland.

A Coast Guard boat towed the ferry back to Rockland, where passengers waited for a second boat.

"It was calm, so nobody panicked," said Capt. Ellen Moody, 58.
`

func TestGoalOfACarryVerb(t *testing.T) {
	e := engineOf(t, carryGoalStory)
	checkAnswers(t, e, []answerCase{
		// "carrying 120 passengers … to Vinalhaven" (Levin 1993, §11.4)
		{"where was the ferry going", []string{"Vinalhaven"}, nil},
		{"where was the ferry headed", []string{"Vinalhaven"}, nil},
	})
}
