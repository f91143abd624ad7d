package lookup

import "testing"

// TestSpeakersNamedOtherwise checks three ways a question names a
// speaker the article names differently: the neutral "-person" for the
// article's "chairwoman", "did X comment" as a request for X's words,
// and a place before an organisation ("the peru trust") that only
// locates it.
func TestSpeakersNamedOtherwise(t *testing.T) {
	e := engineOf(t, "Museum returns textiles\n\nDENVER (AP) — The Denver Art Museum on Tuesday returned 14 textiles to the Andes Heritage Trust in Peru.\n\n\"These belong at home,\" the museum board's chairwoman, Lila Frost, said.\n\nThe trust's director, Raul Quispe, called the return \"a debt paid\" in a letter to the museum.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the board chairperson say", []string{"These belong at home"}, nil},
		{"did anyone from the peru trust comment", []string{"a debt paid"}, nil},
	})
}
