package lookup

import "testing"

// rinkMove is a short article written for this test, in no question set:
// a team named in apposition with its definite article after the noun
// that describes it.
const rinkMove = `Hockey club to leave old rink

TALBOT, N.H. (AP) — The club, the Talbot Otters, will leave the Elm Street rink after this season, its owner said Thursday.

The Otters have sold out 30 straight games.
`

// "What's the club called" is answered by the name set off after "the
// club", past its lowercase "the".
func TestAppositiveNameWithThe(t *testing.T) {
	e := engineOf(t, rinkMove)
	checkAnswers(t, e, []answerCase{
		{"what's the club called", []string{"Talbot Otters."}, nil},
		{"what is the name of the club", []string{"Talbot Otters."}, nil},
	})
}
