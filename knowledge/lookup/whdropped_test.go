package lookup

import "testing"

// TestWhDropped reads "wen" and "wy" first in a question, before an
// auxiliary, as "when" and "why", and leaves the same spellings alone
// elsewhere and "were" (a word of its own) everywhere.
func TestWhDropped(t *testing.T) {
	e := engineOf(t, droppedGFerry)
	checkOpenings(t, e, []openingCase{
		{q: "wen was the captain cited", first: "Sunday", not: []string{"never mentions"}},
		{q: "wen was the ferry captain cited?", first: "Sunday", not: []string{"never mentions"}},
	})
	for in, want := range map[string]string{
		"wen was the captain cited":  "when was the captain cited",
		"wy did the ferry speed":     "why did the ferry speed",
		"wen the ferry sailed":       "wen the ferry sailed", // no auxiliary after it
		"were was the ferry":         "were was the ferry",   // a function word as typed
		"how fast was the ferry":     "how fast was the ferry",
		"wat did the captain say":    "what did the captain say",
		"Wen did the captain resign": "Wen did the captain resign", // capitalised: a name
	} {
		if got := e.whDroppedStart(in); got != want {
			t.Errorf("whDroppedStart(%q) = %q, want %q", in, got, want)
		}
	}
}
