package lookup

import "testing"

// ferryWalkout is a short article written for these tests, in no question
// set: people counted under several acts, none of them a phrasal verb a
// question uses.
const ferryWalkout = `Ferry workers strike in Seattle

SEATTLE (AP) — About 400 ferry workers walked off the job Monday, and the state canceled 60 sailings, officials said.

The ferry system employs about 1,800 people. About 30,000 riders use the boats each day.
`

// TestPhrasalCountedAct: a phrasal verb the article never uses is the act
// a count question counts; the count of the same noun under another act
// does not answer it. A known verb still finds its count.
func TestPhrasalCountedAct(t *testing.T) {
	e := engineOf(t, ferryWalkout)
	checkAnswers(t, e, []answerCase{
		{"how many people got laid off", nil, []string{"1,800", "400", "30,000"}},
		{"how many people does the ferry system employ", []string{"1,800"}, nil},
	})
}
