package lookup

import "testing"

func TestSingularKeepsLatinAndGreekSingulars(t *testing.T) {
	for w, want := range map[string]string{
		"states": "state", "cities": "city", "bikes": "bike",
		"octopus": "octopus", "bus": "bus", "census": "census", "crisis": "crisis", "this": "this",
		"class": "class",
	} {
		if got := singular(w); got != want {
			t.Errorf("singular(%q) = %q, want %q", w, got, want)
		}
	}
}
