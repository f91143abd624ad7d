package lookup

import "testing"

// harborRiders is a short article written for this test, in no question
// set: a change over years with both ends dated.
const harborRiders = `Ferry ridership rebounds

SEATTLE (AP) — Daily riders on the Bainbridge ferry rose from 3,100 in 2021 to 5,400 last year, the state said.
`

func TestDatedEndOfAChange(t *testing.T) {
	checkOpenings(t, engineOf(t, harborRiders), []openingCase{
		{"how many daily riders were there last year", "5,400.", nil, nil},
		{"how many daily riders did the ferry have in 2021", "3,100.", nil, nil},
		// asked with no time, the whole change answers
		{"how many daily riders does the ferry have", "From 3,100 in 2021 to 5,400", nil, nil},
	})
}
