package lookup

import "testing"

// ferryDeckhand is a short article written for this test, in no question
// set: a worker's act in progress when news reached him, told in the past
// progressive with a when-clause, and a quotation that shares the
// question's words.
const ferryDeckhand = `Ferry line to end winter runs

HARLOW BAY, Maine (AP) — The Harlow Bay ferry line will stop its winter crossings in January, the owners said Friday.

Deckhand Owen Pryce, 41, said he was tying up the morning boat when he learned the line would stop the runs.

"I found out from a passenger on the dock," Pryce said. "Nobody told the crew."

Farmer Ada Lund, 70, who was loading hay onto the noon ferry as the news spread, said the island would be cut off.
`

// "What was X doing when …" asks the act in progress around the event:
// the past progressive with a when- or as-clause (Quirk et al.,
// §4.27–4.28), not the sentence that only repeats the event's words.
func TestProgressiveFrameAnswersDoingWhen(t *testing.T) {
	e := engineOf(t, ferryDeckhand)
	checkAnswers(t, e, []answerCase{
		{"what was pryce doing when he found out", []string{"tying up the morning boat"}, []string{"from a passenger"}},
		{"what was ada lund doing as the news spread", []string{"loading hay"}, nil},
	})
}
