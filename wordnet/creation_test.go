package wordnet

import "testing"

// TestCreates checks the lexicographer file read: verbs of making a work
// are filed in verb.creation, verbs of judging or taking one are not.
func TestCreates(t *testing.T) {
	w := open(t)
	for word, want := range map[string]bool{"painted": true, "write": true, "conducted": true, "did": true, "criticized": false, "stole": false, "bought": false} {
		if got := w.Creates(word); got != want {
			t.Errorf("Creates(%q) = %v, want %v", word, got, want)
		}
	}
}
