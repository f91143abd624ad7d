package wordnet

import "testing"

// TestKindOfPersonByLexFile checks that a person noun filed in noun.person
// is a kind of person though no hypernym link reaches person, and that a
// noun filed elsewhere is not.
func TestKindOfPersonByLexFile(t *testing.T) {
	w := open(t)
	tests := []struct {
		word string
		want bool
	}{
		{"motorists", true}, // motorist, driver, operator, causal agent
		{"driver", true},    // the operator of a motor vehicle
		{"vehicles", false}, // noun.artifact
		{"crowd", false},    // noun.group: people, but not a person
		// irregular plurals, read through noun.exc or morphy's "-men" rule
		{"men", true}, {"children", true}, {"chairwomen", true},
		{"feet", false}, // foot: a body part
		{"left", false}, // a verb's past ("leave"), not in noun.exc
	}
	for _, tt := range tests {
		if got := w.KindOf(tt.word, "person"); got != tt.want {
			t.Errorf("KindOf(%q, person) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
