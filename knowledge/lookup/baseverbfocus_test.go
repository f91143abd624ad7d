package lookup

import (
	"slices"
	"testing"
)

// TestBaseVerbAfterHowMany checks that a verb in its base form after "how
// many" is read as the verb of those counted, not as a counted noun, and
// that zero plurals and nouns before a noun's verb stay counted.
func TestBaseVerbAfterHowMany(t *testing.T) {
	e := engineOf(t, "Mill expands\n\nBARRE, Vt. (AP) — The Barre Granite Co. employs 240 people at its quarry. Work on a new shed begins in May. Twelve fish were found in the pond.\n")
	if e.lex == nil {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how many work at the quarry", []string{"240"}, nil},
		{"how many still work at the quarry", []string{"240"}, nil},
	})
	for q, want := range map[string]string{"how many fish in the pond": "fish", "how many staff at the quarry": "staff", "how many work for barre granite": ""} {
		f := e.understand(q, nil).focus
		if want == "" && len(f) != 0 || want != "" && !slices.Contains(f, stemOf(want)) {
			t.Errorf("%q: focus %v, want %q", q, f, want)
		}
	}
}
