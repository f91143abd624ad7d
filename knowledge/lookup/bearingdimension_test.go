package lookup

import "testing"

// tugTow is a short article written for this test, in no question set:
// a distance told by a compass point after "to", and a thing whose own
// length the article never gives.
const tugTow = `Old tugboat towed to shipyard for repairs

DULUTH, Minn. (AP) — A tugboat built in 1958 was towed Thursday to a shipyard in Superior, Wis., about 6 miles to the east, the port authority said.

The tugboat will be repainted and get a new engine.
`

// "6 miles to the east" is how far away the shipyard is, not how long
// the tugboat is.
func TestBearingAfterToIsNoLength(t *testing.T) {
	e := engineOf(t, tugTow)
	checkAnswers(t, e, []answerCase{
		{"how long is the tugboat", nil, []string{"6 miles"}},
	})
}
