package lookup

import "testing"

// lateBusHearing is a short article written for this test, in no question
// set: spans of time written as a number word and a unit ("a
// three-hour hearing") beside counts, one of them "of them".
const lateBusHearing = `School board keeps late bus route

ALDEN, Iowa (AP) — About 90 parents filled the gym for a three-hour hearing on Tuesday, and 27 of them asked the school board to keep the late bus route.

The board voted to keep the route after a two-week review. Drivers will add a five-mile loop past the new subdivision.
`

func TestSpelledMeasure(t *testing.T) {
	e := engineOf(t, lateBusHearing)
	checkAnswers(t, e, []answerCase{
		{"how long was the hearing", []string{"Three hours."}, nil},
		{"how long was the review", []string{"Two weeks"}, nil},
		// "of them" refers to the parents, not to the compound "three-hour"
		{"how many parents asked the board to keep the route", []string{"27"}, []string{"About 90 parents."}},
	})
}
