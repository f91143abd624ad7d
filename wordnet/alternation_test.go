package wordnet

import "testing"

// TestNarrowerInchoative checks that a verb read as the broader word is
// also read in its inchoative sense ("the fire started"), and not in a
// rarer sense that is no alternation of a frequent one.
func TestNarrowerInchoative(t *testing.T) {
	w := open(t)
	tests := []struct {
		word, broader string
		want          bool
	}{
		{"break out", "start", true},  // erupt, "begin, start" as "have a beginning" (start 4)
		{"broke out", "begin", true},  // begin's own frequent sense
		{"run on", "talk", false},     // talk 3 {speak, talk} is no inchoative use of talk 1
		{"start", "break out", false}, // not the other way round
	}
	for _, tt := range tests {
		if got := w.Narrower(tt.word, tt.broader); got != tt.want {
			t.Errorf("Narrower(%q, %q) = %v, want %v", tt.word, tt.broader, got, tt.want)
		}
	}
}
