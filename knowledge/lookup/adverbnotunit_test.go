package lookup

import "testing"

// TestAdverbNotUnit: a medial adverb or a verb of remaining after a
// numeral is no noun the numeral counts, so the count has no unit and
// ends before it.
func TestAdverbNotUnit(t *testing.T) {
	for _, s := range []string{
		"Fewer than 150 still work there.",
		"About 1,000 remain open.",
		"The diner closed with 6 left.",
		"Of the 23 crews, 19 already have a permit.",
	} {
		toks := tokenize(s)
		for _, n := range readQuantities(s, toks) {
			if n.kind == qCount && n.unit != "" && n.unit != "crew" {
				t.Errorf("%q: %q read as counting %q", s, n.text, n.unit)
			}
		}
	}
}
