package lookup

import "testing"

// A story with a negated verb coordinated by "or", and an open choice
// after "whether".
const negatedCoordinateStory = `Diver finishes record dive off Maine coast

PORTLAND, Maine (AP) — A diver from Bath stayed under the ice of Casco Bay for 40 minutes on Saturday, organizers said.

Under the event's rules, Jo Marsh could not use a heated suit or carry a second tank, and she surfaced at noon.

Marsh said she had not decided whether to dive again or retire.
`

func TestNegationOverOr(t *testing.T) {
	e := engineOf(t, negatedCoordinateStory)
	checkOpenings(t, e, []openingCase{
		{"did marsh carry a second tank", "No", nil, nil},
		{"did she use a heated suit", "No", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		// "whether … or" leaves the choice open: no denial of retiring
		{"will she retire", nil, []string{"No —"}},
	})
}
