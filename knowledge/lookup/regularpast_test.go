package lookup

import "testing"

// coachReplaced is a short article written for this test, in no question
// set: an act told in the simple past by a regular verb whose Snowball
// stem is no word ("replaced" → "replac").
const coachReplaced = `Coach out after losing season

DENTON, Texas (AP) — A Texas high school has a new football coach.

The school board replaced football coach Dan Reyes on Friday after a 1-9 season.

A search committee will pick his successor, board president Ann Cole said.
`

// A time that dates a regular past verb does not answer when the act
// will happen, however the verb's stem is clipped; it still answers when
// it happened.
func TestRegularPastDatesNoFuture(t *testing.T) {
	e := engineOf(t, coachReplaced)
	checkWantOrRefused(t, e, []wantCase{
		{"when will the board replace the coach", ""},
		{"when did the board replace the coach", "Friday"},
	})
}
