package wordnet

import (
	"slices"
	"testing"
)

// A verb collocation is found with its first word inflected, as morphy
// finds it (morph.c, morphprep): "passed away" is "pass away", "took
// over" is "take over".
func TestInflectedVerbCollocation(t *testing.T) {
	w := open(t)
	for form, want := range map[string]string{"passed away": "die", "passes away": "die", "took over": "assume",
		"stepped down": "resign", "ended up": "wind up", "sworn in": "swear in"} {
		if got := w.Synonyms(form); !slices.Contains(got, want) {
			t.Errorf("Synonyms(%q) = %q, want it to hold %q", form, got, want)
		}
		if !w.IsWord(form) {
			t.Errorf("IsWord(%q) = false", form)
		}
	}
	// only the first word inflects: no collocation is made of two base forms guessed apart
	for _, form := range []string{"passed aways", "qwzxved away"} {
		if w.IsWord(form) {
			t.Errorf("IsWord(%q) = true, want false", form)
		}
	}
}
