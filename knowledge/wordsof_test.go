package knowledge

import "testing"

// TestWordsOf: "in the words of" names the speaker of the quotation after
// it, as "according to" does.
func TestWordsOf(t *testing.T) {
	text := "Title\n\nTwo men were charged on Monday.\n\n" +
		"In the words of Ann Cole, a county officer who watched them, the pair \"knew every back road.\""
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ann Cole" {
		t.Errorf("quotes %+v, want one by Ann Cole", a.Quotes)
	}
}
