package wordnet

import (
	"slices"
	"testing"
)

// TestInformalFor: a noun WordNet glosses "an informal term for" X names
// X's words; a formal noun, and a kind of a thing that is no informal
// term for it ("stepfather"), names none.
func TestInformalFor(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skipf("no WordNet: %v", err)
	}
	defer w.Close()
	for word, want := range map[string]string{"dad": "father", "mom": "mother", "daddy": "father"} {
		if got := w.InformalFor(word); !slices.Contains(got, want) {
			t.Errorf("InformalFor(%q) = %v, want %q among them", word, got, want)
		}
	}
	for _, word := range []string{"father", "stepfather", "lawyer"} {
		if got := w.InformalFor(word); len(got) > 0 {
			t.Errorf("InformalFor(%q) = %v, want none", word, got)
		}
	}
}
