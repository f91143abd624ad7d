package lookup

import (
	"testing"

	"storybot/knowledge"
)

func TestWidenNounBroader(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("no WordNet")
	}
	text := "Bus agency cuts routes\n\nDENVER (AP) — The regional bus agency will cut 12 routes next month, officials said.\n\n" +
		"The agency says it is short roughly 300 operators.\n\n" +
		"Union leaders said drivers have complained about overtime for years.\n"
	a, err := knowledge.Parse(text, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, lex)
	checkAnswers(t, e, []answerCase{
		// "drivers" stands elsewhere; the answer names them by their kind, "operators"
		{"how many drivers is the agency short", []string{"300"}, nil},
	})
	// an official is no kind of operator: nothing is widened to the answer
	checkRefusals(t, e, "how many officials is the agency short")
}
