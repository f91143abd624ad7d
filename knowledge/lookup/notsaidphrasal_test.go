package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// A refusal names a missing phrasal verb once: "gotten back", not
// "gotten back back" with its particle repeated.
func TestNotSaidNamesPhrasalOnce(t *testing.T) {
	e := engineOf(t, "Treasurer convicted\n\nThe county has recovered about $400,000, officials said.")
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "how much has the county gotten back"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `The article doesn't say: it never mentions "gotten back".`; a.Found || a.Text != want {
		t.Errorf("got %q (found %v), want %q", a.Text, a.Found, want)
	}
}
