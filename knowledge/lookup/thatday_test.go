package lookup

import "testing"

// levee is a short article written for this test, in no question set:
// a sentence opening "That afternoon" after one whose only time is the
// end of a state ("until April 6"), which says nothing of the
// day the afternoon belongs to.
const levee = `Levee breaks on Cedar River

CEDAR FALLS, Iowa (AP) — A levee on the Cedar River gave way on April 5, flooding farmland north of town.

The river stayed above flood stage until April 6. That afternoon, the governor declared a disaster emergency for the county.

Farmers began moving cattle to higher ground on April 7.
`

// TestThatDay checks that a sentence dated only by the one before it,
// whose time ends a state, is not placed by that time: the order is not
// given.
func TestThatDay(t *testing.T) {
	e := engineOf(t, levee)
	checkAnswers(t, e, []answerCase{
		{"what came first, the disaster declaration or the farmers moving cattle", nil, []string{"came first"}},
		{"what came first, the levee giving way or the farmers moving cattle", []string{"Levee giving way came first (on April 5)"}, nil},
	})
}
