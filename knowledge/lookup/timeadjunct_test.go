package lookup

import "testing"

// A story whose because-clause explains a count that is dated by the
// event asked about ("before the storm").
const timeAdjunctStory = `Marina reopens smaller after storm

PORT CLINTON, Ohio (AP) — The Catawba marina reopened Saturday with 80 boat slips, down from 120 before the storm, because the owners sold part of the shore to the state.

The storm flooded the harbor on Aug. 3 and sank 14 boats.
`

func TestCauseNotOfATimeAdjunct(t *testing.T) {
	e := engineOf(t, timeAdjunctStory)
	checkAnswers(t, e, []answerCase{
		// "the storm" only dates the 120 slips: the because-clause
		// explains the slips, not the storm
		{"what caused the storm", nil, []string{"sold part of the shore"}},
		// asked of the slips, the same sentence gives the cause
		{"why does the marina have fewer slips", []string{"sold part of the shore"}, nil},
	})
}
