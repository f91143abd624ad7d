package wordnet

import "testing"

// TestSiblingKindOf checks kinds filed below a noun's genus rather than
// below the noun itself, and that words merely ending in a noun are not.
func TestSiblingKindOf(t *testing.T) {
	w := open(t)
	for _, c := range []struct {
		word, head string
		want       bool
	}{
		{"sailboat", "boat", true},  // a sailing vessel, a vessel, as a boat is
		{"sailboats", "boat", true}, // the plural's senses too
		{"carpet", "pet", false},
		{"understand", "stand", false},
		{"teapot", "pot", true},
	} {
		if got := w.SiblingKindOf(c.word, c.head); got != c.want {
			t.Errorf("SiblingKindOf(%q, %q) = %v, want %v", c.word, c.head, got, c.want)
		}
	}
}
