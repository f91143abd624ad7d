package wordnet

import "testing"

// A synonym counts where the shared sense is one of its own common or
// SemCor-tagged senses, or the asked word's first sense in the synonym's
// main part of speech; not where it is a sense SemCor never tags.
func TestSharesAttestedSense(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skip("WordNet is not installed")
	}
	for _, c := range []struct {
		word, syn string
		want      bool
	}{
		{"car", "automobile", true},  // the first sense of both
		{"hurt", "suffering", true},  // suffering's third noun sense, tagged in SemCor
		{"die", "exit", false},       // exit's verb sense "die, go, exit": never tagged
		{"cross", "mark", false},     // mark's fourteenth noun sense
		{"goal", "finish", false},    // finish's fourth noun sense, "finish, destination, goal"
		{"arrest", "contain", false}, // contain's sixth verb sense, "check, arrest, contain"
		{"car", "banana", false},     // no shared sense at all
	} {
		if got := w.SharesAttestedSense(c.word, c.syn); got != c.want {
			t.Errorf("SharesAttestedSense(%q, %q) = %v, want %v", c.word, c.syn, got, c.want)
		}
	}
}
