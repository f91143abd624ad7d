package lookup

import "testing"

// creekFire is a short article written for this test, in no question
// set: a named fire as the subject of the verb a who-question asks, and a
// team (an organisation) as the subject of another.
const creekFire = `Fire burns near camp

LYONS, Colo. (AP) — The Otter Creek Fire started Saturday near a campground. Investigators believe a campfire was left burning. The Lyons Volunteers cleared the campground on Sunday.
`

func TestNamedFireIsNoDoer(t *testing.T) {
	e := engineOf(t, creekFire)
	checkAnswers(t, e, []answerCase{
		// a fire is no one: it does not answer "who"
		{"who started the campfire", nil, []string{"Otter Creek Fire."}},
		// an organisation still does
		{"who cleared the campground", []string{"Lyons Volunteers"}, nil},
	})
}
