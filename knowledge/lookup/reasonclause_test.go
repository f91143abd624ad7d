package lookup

import (
	"testing"
)

// quarryVeto is a short article written for these tests, in no question set:
// a veto whose grounds are given in a participle clause of saying, with
// a shorter quotation that holds the question's words; a blast whose
// purpose is an infinitive clause, told beside a sentence of what the
// blast caused; and a closure whose cause is the subject of a passive
// "caused by"; and a dredging whose purpose is an infinitive clause, told
// in a longer sentence than another dredging's.
const quarryVeto = `Mayor vetoes quarry bill

DUNMORE, Vt. (AP) — Mayor Alma Reyes on Friday vetoed a bill that would have let the Ridgeback quarry expand, calling it "a gift to one company at the expense of three towns."

"No mayor should sign a bill like that," said Sen. Paul Okafor, who voted against it. "The veto is the right call."

Ridgeback Stone set off a blast at the quarry on Tuesday, to open a new face of granite. The blast shook homes a mile away and caused a water main to break.

Route 9 was closed for two days. The closure was caused by the broken water main.

The town dredged the Mill Pond channel in June, to let fishing boats reach the landing.

The town last dredged the channel in 2009.
`

// TestReasonClauses answers why from a participle clause of saying and
// from an infinitive clause of purpose, and not from what the asked
// event caused.
func TestReasonClauses(t *testing.T) {
	e := engineOf(t, quarryVeto)
	checkAnswers(t, e, []answerCase{
		{"why did the mayor veto it", []string{"calling it"}, []string{"right call"}},
		{"why did they set off the blast", []string{"to open a new face"}, nil},
		{"why was route 9 closed", []string{"broken water main"}, nil},
		{"why did the town dredge the channel", []string{"to let fishing boats"}, nil},
	})
}
