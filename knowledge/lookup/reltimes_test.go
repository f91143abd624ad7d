package lookup

import (
	"testing"
)

// hockeyGame is a short game report written for these tests, in no
// question set: a player's two goals at minutes of play, a goal between
// them, and a penalty timed from the minute before it.
const hockeyGame = `Wolves edge Bears 3-2

DULUTH, Minn. (AP) — Ivan Petrov scored twice and the Duluth Wolves beat the Fargo Bears 3-2 on Sunday.

Petrov opened the scoring in the 8th minute, tipping in a shot from the point.

Fargo answered in the 22nd when Cole Brandt knocked in a rebound for his first goal of the season.

Petrov struck again in the 41st minute. Six minutes later, Fargo defenseman Luke Moss was ejected for a high hit on Petrov.

"We never stopped skating," Petrov said.

Moss can appeal. A league ruling, which will set any suspension, is expected in 10 to 14 days.
`

// TestMinutesOfPlay checks that an ordinal counts a person's occasions
// by minute ("petrov's second goal" is his 41st-minute one), and that
// "N minutes later" counts from the minute the paragraph last named, and
// that a wait ("in 10 to 14 days") answers "when".
func TestMinutesOfPlay(t *testing.T) {
	e := engineOf(t, hockeyGame)
	tests := []answerCase{
		{"what came first, brandt's goal or petrov's second goal", []string{"Brandt's goal came first", "22nd", "41st"}, nil},
		{"what came first, petrov's first goal or brandt's goal", []string{"Petrov's first goal came first", "8th"}, nil},
		{"what minute was moss ejected", []string{"Six minutes later", "47th"}, nil},
		// the wait until a time ahead
		{"when is the league ruling due", []string{"10 to 14 days"}, nil},
	}
	checkAnswers(t, e, tests)
}
