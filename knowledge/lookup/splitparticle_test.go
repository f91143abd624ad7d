package lookup

import "testing"

// rainedOut is a short report written for this test, in no question set:
// it says the city "canceled" a parade, and a reader asks with the
// phrasal verb WordNet files with it, its particle after the object.
const rainedOut = `Rain cancels parade

MILFORD, Conn. (AP) — The city canceled its Memorial Day parade on Friday because of heavy rain, Mayor Ruth Dole said.

The parade drew about 4,000 people last year, Dole said.
`

// A particle written after a pronoun or a short object ("call it off",
// "called the parade off") is read with its verb, as WordNet's "call
// off" (cancel): the answer is the sentence that cancels, not a word the
// article never uses.
func TestSplitParticleJoined(t *testing.T) {
	e := engineOf(t, rainedOut)
	checkAnswers(t, e, []answerCase{
		{"when did they call it off", []string{"Friday"}, []string{"never"}},
		{"why did they call it off", []string{"rain"}, []string{"never"}},
		{"did they call the parade off", []string{"Yes"}, []string{"never"}},
	})
}
