package lookup

import "testing"

// bluesFest is a short article written for this test, in no question set:
// a span of days in one month joined by a hyphen.
const bluesFest = `Blues festival moves downtown

CORLEY, Miss. (AP) — The Corley Blues Festival will be held Aug. 8-10 in Founders Park, organizers said Tuesday.
`

// A hyphen between two days of one month closes the span: the answer is
// the whole span, not its first day.
func TestHyphenDayRange(t *testing.T) {
	e := engineOf(t, bluesFest)
	checkAnswers(t, e, []answerCase{
		{"when is the blues festival", []string{"Aug. 8-10. "}, nil},
	})
}
