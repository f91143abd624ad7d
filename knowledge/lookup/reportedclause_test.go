package lookup

import "testing"

// osageLandfill is a short article written for this test, in no question
// set: one person is reported saying something of the county.
const osageLandfill = `Osage board delays landfill vote

OSAGE, Kan. (AP) — The Osage County board delayed a vote on a new landfill Monday.

Board member Rita Vance said the county had not studied the site.
`

// "Sue" is filed under a verb of saying only through another sense
// (challenge, contend): with a noun phrase after it, "who sued the county"
// asks of no statement, and the one who said something of the county did
// not sue it. A verb of saying with a clause after it still asks who said
// the clause (Quirk et al., §16.31).
func TestReportedClauseOnly(t *testing.T) {
	e := engineOf(t, osageLandfill)
	checkAnswers(t, e, []answerCase{
		{"who sued the county", nil, []string{"Rita Vance"}},
		{"who confirmed the county had not studied the site", []string{"Rita Vance"}, nil},
	})
}
