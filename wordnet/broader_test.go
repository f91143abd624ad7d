package wordnet

import (
	"slices"
	"testing"
)

// TestBroader checks that Broader climbs at most the given number of
// hypernym links from a word's first sense, as a noun or a verb.
func TestBroader(t *testing.T) {
	w := open(t)
	tests := []struct {
		word, want string
		steps      int
		has        bool
	}{
		{"venison", "game", 1, true},
		{"venison", "meat", 1, false}, // two links up
		{"venison", "meat", 2, true},
		{"rifles", "gun", 2, true}, // a plural climbs as its singular
		{"seized", "take", 1, true},
		{"venison", "food", 2, false}, // three links up
	}
	for _, tt := range tests {
		if got := w.Broader(tt.word, tt.steps); slices.Contains(got, tt.want) != tt.has {
			t.Errorf("Broader(%q, %d) = %q, want %q in it: %v", tt.word, tt.steps, got, tt.want, tt.has)
		}
	}
}
