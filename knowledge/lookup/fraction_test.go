package lookup

import "testing"

// bakeryClosure is a short article written for this test, in no question
// set: a change in sales told as a fraction in words after "by", a
// headline that rounds the body's percentage to a fraction, an ordinal
// "third" that is no share, and rescued people counted by a chat word.
const bakeryClosure = `Road work cuts bakery traffic by nearly a third

AUBURN, Maine (AP) — Foot traffic at downtown shops fell 31% in the first month of road work on Court Street, the city said Tuesday.

Baker Irene Castellano said her morning sales dropped by nearly half. It was the third week of the work.

Firefighters rescued 12 people from a stuck elevator on Court Street on Monday.
`

// A fraction in words after "by" measures a change ("dropped by nearly
// half"), which answers "how much did sales drop" though sales are
// money; a headline's fraction is answered by the body's percentage it
// rounds; and "folks" counts people.
func TestFractionOfAChange(t *testing.T) {
	e := engineOf(t, bakeryClosure)
	checkAnswers(t, e, []answerCase{
		{"how much did castellano's morning sales drop", []string{"Nearly half"}, nil},
		{"how much did road work cut bakery traffic", []string{"31%"}, []string{"Nearly a third."}},
		{"how many folks were rescued from the elevator", []string{"12 people"}, nil},
	})
}
