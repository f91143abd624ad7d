package lookup

import "testing"

// rugbyFinal is a short article written for this test and in no question
// set: a crowd's size told by "a crowd of" in a sentence without the
// noun "match", and another count of people in a sentence with it.
const rugbyFinal = "Harbor City wins rugby final\n\n" +
	"AUCKLAND, New Zealand — Harbor City beat Northshore 24-17 on Saturday before a crowd of 18,400 at Eden Park.\n\n" +
	"Northshore played the last 10 minutes of the match with 14 men after a yellow card.\n"

// TestPresenceAsAttendance: "how many people were at the match" asks how
// many attended, the crowd (presenceasked.go); "what was the attendance"
// opens with the crowd's figure (offigure.go, countgloss.go).
func TestPresenceAsAttendance(t *testing.T) {
	e := engineOf(t, rugbyFinal)
	checkOpenings(t, e, []openingCase{
		{q: "how many people were at the match", first: "18,400"},
		{q: "what was the attendance", first: "18,400"},
	})
}
