package moby

import (
	"slices"
	"strings"
	"testing"
)

func TestAssociates(t *testing.T) {
	th := Open()
	for _, c := range []struct{ w, related string }{
		{"buy", "purchase"}, {"purchase", "buy"}, {"survive", "live"}, {"hospital", "infirmary"},
	} {
		if got := th.Associates(c.w, 0.10); !slices.Contains(got, c.related) {
			t.Errorf("Associates(%q) = %v, want %q among them", c.w, got, c.related)
		}
	}
	if got := th.Associates("zzzz", 0.10); got != nil {
		t.Errorf("Associates of a non-word = %v, want nil", got)
	}
	// a stricter threshold keeps fewer, a prefix of the looser list
	loose, strict := th.Associates("find", 0.05), th.Associates("find", 0.30)
	if len(strict) >= len(loose) || !slices.Equal(strict, loose[:len(strict)]) {
		t.Errorf("strict %v is no shorter prefix of loose %v", strict, loose)
	}
}

func TestTiers(t *testing.T) {
	if got := tierOf(0.12); Tiers[got] != 0.15 {
		t.Errorf("tierOf(0.12) = tier %v, want 0.15", Tiers[got])
	}
	if got := tierOf(1); got != len(Tiers)-1 {
		t.Errorf("tierOf(1) = %d, want the last", got)
	}
}

// A multi-word root is kept with the single words it and they list each
// other; a single word's list holds no phrase.
func TestPhraseAssociates(t *testing.T) {
	th := Open()
	for _, c := range []struct{ w, related string }{
		{"show up", "arrive"}, {"chip in", "contribute"}, {"cop a plea", "confess"}, {"run out", "expire"},
	} {
		if got := th.Associates(c.w, 0.10); !slices.Contains(got, c.related) {
			t.Errorf("Associates(%q) = %v, want %q among them", c.w, got, c.related)
		}
	}
	for _, a := range th.Associates("arrive", 0.05) {
		if strings.Contains(a, " ") {
			t.Errorf("Associates(arrive) holds the phrase %q", a)
		}
	}
}
