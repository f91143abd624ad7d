package lookup

import "testing"

// choirTour is a short article written for this test, in no question set:
// two singers' home towns are followed by two-word U.S. state names,
// spelled out as AP style does in the body of a story.
const choirTour = `Youth choir opens tour

DULUTH, Minn. (AP) — The Lakeshore Youth Choir opened its summer tour on Friday with a concert at the Harbor Hall.

The soloist, Mara Quist, is from Minot, North Dakota, and joined the choir last year. Her duet partner, Owen Pell, grew up in Rapid City, South Dakota, and now lives in Duluth.
`

func TestStateTail(t *testing.T) {
	e := engineOf(t, choirTour)
	checkAnswers(t, e, []answerCase{
		// the state is both words of its name, not the compass point alone
		{"where is mara quist from", []string{"Minot, North Dakota."}, nil},
		{"where is owen pell from", []string{"Rapid City, South Dakota."}, nil},
	})
}
