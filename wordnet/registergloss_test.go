package wordnet

import (
	"slices"
	"testing"
)

// TestRegisterGloss: a noun WordNet glosses by its attitude,
// "uncomplimentary terms for a policeman", is a term for the policeman
// as "an informal term for" is; a gloss that only mentions the word
// "term" names nothing. ("brolly": "colloquial terms for an umbrella".)
func TestRegisterGloss(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skipf("no WordNet: %v", err)
	}
	defer w.Close()
	for word, want := range map[string]string{"cop": "policeman", "brolly": "umbrella"} {
		if got := w.InformalFor(word); !slices.Contains(got, want) {
			t.Errorf("InformalFor(%q) = %v, want %q among them", word, got, want)
		}
	}
	for _, word := range []string{"policeman", "officer", "term"} {
		if got := w.InformalFor(word); len(got) > 0 {
			t.Errorf("InformalFor(%q) = %v, want none", word, got)
		}
	}
}
