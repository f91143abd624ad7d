package lookup

import "testing"

// A story whose outage is told in one paragraph and its cause, without
// naming the outage again, in the one-sentence paragraph after it.
const causeParagraphStory = `Power back in Millbrook after overnight blackout

MILLBROOK, N.Y. (AP) — Power was restored Friday morning to about 9,000 homes in Millbrook after a blackout that lasted nearly nine hours, the utility said.

The outage began shortly after 10 p.m. Thursday at a substation on Route 44. Traffic lights went dark across the village.

Central Hudson engineers blamed a failed transformer that had been due for replacement next year.

The village opened its fire station as a warming center, and about 60 people spent the night there.

"We had candles and a lot of board games," said Ruth Abernathy, 71.
`

func TestCauseInTheNextParagraph(t *testing.T) {
	e := engineOf(t, causeParagraphStory)
	checkAnswers(t, e, []answerCase{
		// the cause is its own paragraph after the outage's
		{"what caused the outage", []string{"failed transformer"}, nil},
		{"why was there an outage", []string{"failed transformer"}, nil},
	})
}
