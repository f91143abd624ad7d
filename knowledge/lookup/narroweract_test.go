package lookup

import "testing"

// "What did X decide" is answered by the sentence in which X does a kind
// of deciding ("voted to shut"), not by one that shares only the noun
// ("The decision follows…"); the narrower verb's own object ("5-2") does
// not open the reply.
func TestObjectAskedByBroaderVerb(t *testing.T) {
	e := engineOf(t, "Board shuts Elm library\n\nPAXTON, Neb. (AP) — The Paxton school board voted 6-1 on Monday to shut the Elm Street library. The decision follows years of falling use, Superintendent Rae Lund said. The building opened in 1952.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the board decide", []string{"voted 6-1 on Monday to shut"}, []string{"falling use", "6-1."}},
		{"what did the board choose", []string{"to shut the Elm Street library"}, []string{"falling use"}},
		// a body the article never names decided nothing in it
		{"what did the jury decide", nil, []string{"voted", "falling use"}},
	})
}
