package lookup

import "testing"

// levee is a short article written for this test, in no question set:
// a sentence opening "That afternoon" after one whose only time is a
// bound ("By Monday evening").
const levee = `Levee breaks on Cedar River

CEDAR FALLS, Iowa (AP) — A levee on the Cedar River gave way on Sunday, flooding farmland north of town.

By Monday evening the water covered 3,000 acres. That afternoon, the governor declared a disaster emergency for the county.

Farmers began moving cattle to higher ground on Tuesday.
`

// TestThatDay checks that "That afternoon" keeps the day of the sentence
// before it even when that sentence's time bounds a state.
func TestThatDay(t *testing.T) {
	e := engineOf(t, levee)
	checkAnswers(t, e, []answerCase{
		{"what came first, the disaster declaration or the farmers moving cattle", []string{"Disaster declaration came first", "Monday evening"}, nil},
	})
}
