package lookup

import "testing"

// bylinedStory and unbylinedStory are short articles written for this
// test, in no question set.
const bylinedStory = `Bridge to close for rebuild

By Teresa Onwuka
Associated Press

MARLOW, Ohio (AP) — The Kessler River Bridge will close on March 3, officials said. Judge Ann Cole wrote the order that closed it.
`

const unbylinedStory = `Bridge to close for rebuild

MARLOW, Ohio (AP) — The Kessler River Bridge will close on March 3, officials said.
`

// TestBylineAnswersWhoWroteIt: "who wrote this" is answered by the byline
// and cites it; an article without one does not say who wrote it, and
// "who wrote the order" asks of the story's content.
func TestBylineAnswersWhoWroteIt(t *testing.T) {
	checkAnswers(t, engineOf(t, bylinedStory), []answerCase{
		{"who wrote this", []string{"The byline is Teresa Onwuka, Associated Press.", "(byline)"}, nil},
		{"who's the reporter", []string{"Teresa Onwuka"}, nil},
		{"who wrote the order", []string{"Cole"}, []string{"Onwuka"}},
		{"when does the bridge close", []string{"March 3"}, nil},
	})
	checkAnswers(t, engineOf(t, unbylinedStory), []answerCase{
		{"who wrote this? i don't see a byline", nil, []string{"byline is", "Kessler"}},
	})
}
