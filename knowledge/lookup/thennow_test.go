package lookup

import "testing"

// library is a short article written for these tests, in no question
// set: a figure set beside an earlier one with "down from", the earlier
// one's noun left out.
const library = `Library cuts hours as visits fall

MERCED, Calif. (AP) — The county library logged 41,500 visits last year, down from 63,000 in 2016, and will close on Mondays starting in May, the library board said Thursday.
`

func TestFigureBesideAnEarlierOne(t *testing.T) {
	checkAnswers(t, engineOf(t, library), []answerCase{
		// the answer gives both figures with their times
		{"how many visits did the library log last year", []string{"41,500 visits last year, down from 63,000 in 2016."}, nil},
		// the earlier figure counts visits too: the noun is left out, not changed
		{"how many visits were there in 2016", []string{"63,000 in 2016"}, nil},
	})
}
