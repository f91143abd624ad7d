package lookup

import "testing"

// cocoaPrices is a short article written for this test, in no question
// set: a change given with its cause by "as", and "as" in a role, a
// comparison and "such as".
const cocoaPrices = `Chocolate maker's profit slides

HERSHEY, Pa. (AP) — Keystone Confections said its profit fell 18% in the quarter as cocoa prices climbed to a record.

The company earned $40 million, down from $49 million a year earlier.

Its chief executive, who took over as chairman in May, said sales rose as much as expected in stores such as Target.
`

// A clause after "as" with its own subject and past verb gives the
// reason for the change before it; "as chairman", "as much as" and
// "such as" give none.
func TestCausalAs(t *testing.T) {
	e := engineOf(t, cocoaPrices)
	checkAnswers(t, e, []answerCase{
		{"why did profit fall", []string{"as cocoa prices climbed"}, []string{"$40 million"}},
		{"why did sales rise", nil, []string{"cocoa"}},
	})
}
