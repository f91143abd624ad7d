package lookup

import "testing"

// A story whose coordinated names share a plural head across a common
// premodifier ("elementary", "county"), and one lone name before a common
// premodifier, which names no instance.
const sharedHeadStory = `County closes pools for repairs

DAYTON, Ohio (AP) — Crews will close the Fairview, Kettering and Moraine community pools for repairs this summer, Parks Director Alan Reyes, 55, said Monday.

Students from the Brookside and Hillcrest elementary schools will swim at the YMCA instead, Reyes said.

Several Democratic state lawmakers asked for a hearing on the plan.
`

func TestCoordinatedNamesShareAPluralHead(t *testing.T) {
	e := engineOf(t, sharedHeadStory)
	checkOpenings(t, e, []openingCase{
		// three coordinated names before a common premodifier and the head
		{"which pools r closing", "Fairview, Kettering and Moraine community pools.", nil, nil},
		{"what schools will swim at the ymca", "Brookside and Hillcrest elementary schools.", nil, nil},
	})
	// one name before a common premodifier names no lawmaker
	checkAnswers(t, e, []answerCase{
		{"which lawmakers asked for a hearing", nil, []string{"Democratic state lawmakers."}},
	})
}
