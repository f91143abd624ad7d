package wordnet

import (
	"slices"
	"testing"
)

// A verb-noun idiom with no lemma of its own takes the sense whose example
// writes it: "took credit" illustrates claim, take.
func TestExampleSynonyms(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skip(err)
	}
	if got := w.ExampleSynonyms("take", "credit"); !slices.Contains(got, "claim") {
		t.Errorf("take credit: got %v, want claim", got)
	}
	if got := w.ExampleSynonyms("take", "umbrella"); len(got) != 0 {
		t.Errorf("take umbrella: got %v, want none", got)
	}
}
