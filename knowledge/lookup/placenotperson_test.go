package lookup

import (
	"strings"
	"testing"
)

// hockeyGoal is a short article written for this test and in no question
// set: a goal told with "from" before the passer's name and a place noun
// premodifying another noun ("a corner pass").
const hockeyGoal = "Late goal lifts Wolves\n\n" +
	"CHICAGO — Marta Lind scored with 40 seconds left Friday, and the Chicago Wolves beat the Iowa Wild 3-2.\n\n" +
	"Iowa had tied the game in the third period when Erik Sand scored off a corner pass from Ben Ruud.\n"

// TestPlaceNotPerson: a preposition's person ("from Ben Ruud") is no
// place, nor is a place noun that premodifies another noun ("a corner
// pass"), so neither answers "where was the game" (places.go,
// commonplace.go).
func TestPlaceNotPerson(t *testing.T) {
	e := engineOf(t, hockeyGoal)
	a := answerOf(t, e, "where was the game")
	for _, w := range []string{"From Ben Ruud", "In a corner", "Off a corner"} {
		if strings.HasPrefix(a.Text, w) {
			t.Errorf("where was the game: answer opens with %q:\n%s", w, a.Text)
		}
	}
}
