package wordnet

import "testing"

// TestNarrower checks the kinds, manners and entailed acts Narrower finds,
// and that a word's rarer senses and the reverse direction find none.
func TestNarrower(t *testing.T) {
	w := open(t)
	tests := []struct {
		word, broader string
		want          bool
	}{
		{"sedan", "car", true},              // a kind of car
		{"tournament", "event", true},       // a kind of event, through contest
		{"murdered", "kill", true},          // a manner of killing, inflected
		{"electrocuted", "killed", true},    // filed under kill's sense grouped with its first
		{"auctioned", "sell", true},         // a manner of selling
		{"bought", "pay", true},             // buying entails paying
		{"watchman", "guard", true},         // filed under guard
		{"guard", "watchman", false},        // not the other way round
		{"car", "sedan", false},             // the broader is no kind of the narrower
		{"repair", "pay", false},            // only through a rarer sense, to compensate
		{"see", "center", false},            // a bishop's see is a kind of center, but "see" is a verb first
		{"donated", "sell", false},          // giving is no manner of selling
		{"reviewing", "investigate", false}, // sisters under examine, neither below the other
	}
	for _, tt := range tests {
		if got := w.Narrower(tt.word, tt.broader); got != tt.want {
			t.Errorf("Narrower(%q, %q) = %v, want %v", tt.word, tt.broader, got, tt.want)
		}
	}
}
