package lookup

import "testing"

// deckhandStart is a short article written for this test, in no question set:
// a person's start in a job is told by the verb of joining.
const deckhandStart = `Ferry captain retires after 40 years

BREMERTON, Wash. (AP) — Lena Osterhout, the longest-serving captain on the state's ferry system, retired Friday.

Osterhout joined the ferry service as a deckhand in 1984.

The ferries opened a new terminal last year.
`

// TestStartedPost checks that a person's "start as" or "start at" is told
// by the sentence with the verb of joining, not one that only writes a
// verb of opening.
func TestStartedPost(t *testing.T) {
	e := engineOf(t, deckhandStart)
	checkAnswers(t, e, []answerCase{
		{q: "what did osterhout start out as", want: []string{"deckhand"}},
		{q: "when did osterhout start at the ferry service", want: []string{"1984"}},
	})
}
