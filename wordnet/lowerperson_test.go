package wordnet

import "testing"

// TestProperOnly: a word WordNet spells with a capital in every sense,
// and knows as nothing but a noun, is a proper noun ("Duluth"); a word it
// lists in lower case in some sense ("park", "city") or as a verb too
// ("race") is not, nor is one it lacks.
func TestProperOnly(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skipf("no WordNet: %v", err)
	}
	defer w.Close()
	for word, want := range map[string]bool{"duluth": true, "boston": true, "park": false, "city": false, "race": false, "zzqx": false} {
		if got := w.ProperOnly(word); got != want {
			t.Errorf("ProperOnly(%q) = %v, want %v", word, got, want)
		}
	}
}
