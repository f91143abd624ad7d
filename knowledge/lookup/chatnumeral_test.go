package lookup

import "testing"

// orchardSteps is a short article written for this test, in no question
// set: figures of 1,000 or more written with commas, as AP style writes them.
const orchardSteps = `Orchard harvest falls short

KELLSTON, Wash. (AP) — Growers at the Kellston co-op picked 4,500 bushels of apples this fall, down from 7,200 a year earlier, the co-op said Monday.

The co-op hired 1,300 seasonal workers, its manager said.
`

func TestChatNumeralWithoutCommas(t *testing.T) {
	e := engineOf(t, orchardSteps)
	checkAnswers(t, e, []answerCase{
		// "4500" typed in chat is the article's "4,500"
		{"did they pick 4500 bushels", []string{"Yes"}, nil},
		{"wat about the 1300 workers, who hired them", []string{"co-op"}, nil},
	})
}
