package wordnet

import "testing"

// TestIrregularPlural checks that noun.exc gives the singular of a plural
// formed without -s, and nothing for a regular plural, a verb's past or
// a singular.
func TestIrregularPlural(t *testing.T) {
	w := open(t)
	tests := []struct{ word, want string }{
		{"geese", "goose"},
		{"teeth", "tooth"},
		{"Mice", "mouse"},
		{"oxen", "ox"},
		{"ducks", ""}, // regular: morphy's suffix rules, not the list
		{"went", ""},  // a verb's past (verb.exc), no noun
		{"goose", ""},
	}
	for _, tt := range tests {
		if got := w.IrregularPlural(tt.word); got != tt.want {
			t.Errorf("IrregularPlural(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
