package wordnet

import (
	"slices"
	"testing"
)

// TestGlosses: a noun's definitions come in every sense, without their
// quoted examples; a word WordNet lacks has none.
func TestGlosses(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skipf("no WordNet: %v", err)
	}
	defer w.Close()
	if got := w.Glosses("attendance", "noun"); !slices.Contains(got, "the number of people that are present") {
		t.Errorf("Glosses(attendance) = %q, want its third sense's definition among them", got)
	}
	if got := w.Glosses("runner-up", "noun"); !slices.Equal(got, []string{"the competitor who finishes second"}) {
		t.Errorf("Glosses(runner-up) = %q", got)
	}
	if got := w.Glosses("qwzx", "noun"); len(got) > 0 {
		t.Errorf("Glosses(qwzx) = %q, want none", got)
	}
}
