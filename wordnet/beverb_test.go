package wordnet

import (
	"slices"
	"testing"
)

// TestRelatedPassiveOnlyVerb checks that a participle English uses only in
// the passive links as WordNet's "be" verb: "born" as "be born" → birth.
func TestRelatedPassiveOnlyVerb(t *testing.T) {
	w := open(t)
	if got := w.Related("born"); !slices.Contains(got, "birth") {
		t.Errorf("Related(born) = %q, want it to hold birth", got)
	}
}
