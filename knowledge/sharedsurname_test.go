package knowledge

import "testing"

// TestSharedSurnameSpeaker checks, on small articles written for it, that
// a bare surname two people share names the one of them named in full
// most recently before it, whichever was named first.
func TestSharedSurnameSpeaker(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"the sibling named in full last speaks",
			"The bakery was opened in 1998 by sisters Ann and Mae Duval.\n\nAnn Duval, 51, still runs the ovens. Her sister retired in 2019.\n\n\"We never sold a loaf we would not eat,\" Duval said.",
			[]string{"Ann Duval"}},
		{"the parent named again after the child speaks",
			"Tom Ruiz is a pilot, like his father, Bob Ruiz.\n\nTom Ruiz flew Monday. Bob Ruiz watched from the tower.\n\n\"He landed it fine,\" Ruiz said.",
			[]string{"Bob Ruiz"}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}
