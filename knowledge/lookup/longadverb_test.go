package lookup

import "testing"

// ferryReached is a short article written for this test, in no question
// set: a span of time and a depth in one sentence.
const ferryReached = `Ferry sinks near dock; all 12 rescued

PORT ELLA, Maine (AP) — Crews in two boats set out within about 15 minutes on Monday, but the ferry had sunk in 40 feet of water off the town dock, Harbor Master Jo Renner said. The ferry's channel is 900 feet long.
`

func TestHowLongWithDoSupportAsksDuration(t *testing.T) {
	checkAnswers(t, engineOf(t, ferryReached), []answerCase{
		// "how long" before do-support is the adverb of duration
		{"how long did it take the crews to get to the ferry", []string{"15 minutes"}, []string{"40 feet."}},
		{"how long did it take crews to reach the ferry", []string{"15 minutes"}, []string{"40 feet."}},
		// the copula keeps the adjective of length
		{"how long is the ferry's channel", []string{"900 feet"}, nil},
	})
}
