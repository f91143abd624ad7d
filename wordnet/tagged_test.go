package wordnet

import "testing"

func TestTaggedReadsSemCorCounts(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skip("WordNet is not installed")
	}
	for word, want := range map[string]bool{"hurt": true, "races": true, "took": true, "brant": false, "xqzv": false} {
		if got := w.Tagged(word); got != want {
			t.Errorf("Tagged(%q) = %v, want %v", word, got, want)
		}
	}
}
