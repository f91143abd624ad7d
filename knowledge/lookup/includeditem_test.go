package lookup

import "testing"

// TestIncludedCountIsItem checks that a count "including" opens after a
// count of the same noun ("40 complaints, including nine about noise") is
// an item of that total: it answers a question naming its own phrase, and
// the total answers one that does not, on a short article written for
// this test.
func TestIncludedCountIsItem(t *testing.T) {
	e := engineOf(t, "Bar loses license\n\nSPOKANE, Wash. (AP) — The state revoked the license of a downtown bar Monday.\n\nNeighbors filed 40 complaints against the bar since 2022, including nine about late-night noise.\n")
	checkAnswers(t, e, []answerCase{
		{"how many complaints were about noise", []string{"Nine."}, nil},
		{"how many complaints were filed", []string{"40 complaints."}, nil},
	})
}
