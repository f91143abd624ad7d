package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
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
	tests := []struct{ q, want, not string }{
		{"why did the mayor veto it", "calling it", "right call"},
		{"why did they set off the blast", "to open a new face", ""},
		{"why was route 9 closed", "broken water main", ""},
		{"why did the town dredge the channel", "to let fishing boats", ""},
	}
	for _, tt := range tests {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if !ans.Found || !strings.Contains(ans.Text, tt.want) || tt.not != "" && strings.Contains(ans.Text, tt.not) {
			t.Errorf("%q: want %q (and not %q), got:\n%s", tt.q, tt.want, tt.not, ans.Text)
		}
	}
}
