package wordnet

import "testing"

// TestIntransitive checks the frames read: "retire" and "die" take no
// object in their first sense; "arrest" and "fire" do.
func TestIntransitive(t *testing.T) {
	w := open(t)
	for word, want := range map[string]bool{"retire": true, "retired": true, "die": true, "arrest": false, "fire": false, "elect": false} {
		if got := w.Intransitive(word); got != want {
			t.Errorf("Intransitive(%q) = %v, want %v", word, got, want)
		}
	}
}
