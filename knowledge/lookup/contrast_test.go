package lookup

import "testing"

// dockWork is a short article written for this test, in no question set:
// the cost of repairing a dock told first, near the top, and the cost of
// replacing it told later, in a sentence that does not use "cost".
const dockWork = `Harbor dock closed for repairs

BAYPORT, Maine (AP) — The town closed its main fishing dock on Monday after divers found rotten pilings under the north end.

The repairs are expected to cost about $600,000, the harbor master said.

Boats will tie up at the ferry landing until the work is done.

The town has set aside $9 million to replace the dock by 2030, the town manager said.
`

// TestContrastiveSides: "repair cost vs replacement cost" shares the
// head "cost"; each side is answered by the sentence holding the word
// that sets it apart, so the replacement side is not given the repair
// figure the lead's "cost" sentence holds.
func TestContrastiveSides(t *testing.T) {
	e := engineOf(t, dockWork)
	checkAnswers(t, e, []answerCase{
		{"repair cost vs replacement cost?", []string{"$600,000", "$9 million"}, nil},
		{"replacement cost vs repair cost", []string{"$9 million", "$600,000"}, nil},
	})
}
