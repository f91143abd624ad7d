package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// whyFares is a short article written for these tests, in no question
// set: a fare rise with its reason, and a sale of tickets at half price
// for a purpose.
const whyFares = `Island ferry raises fares

PORT ELLIS, Maine (AP) — The Casco Island ferry will raise its fares by $2 in May because fuel now costs twice what it did in 2021, the operator said Monday.

A round trip will cost $14 for adults. The ferry will sell the last 200 tickets of the season at half price so that islanders can reach the mainland for the holidays.
`

// TestWhyOpening reads an opening "why" as asking a reason even when a
// noun of price or cost follows, and keeps "how much" an amount.
func TestWhyOpening(t *testing.T) {
	e := engineOf(t, whyFares)
	tests := []struct{ q, want, not string }{
		{"why will the ferry sell tickets at half price", "so that islanders", ""},
		{"why will the ferry raise its fares", "because fuel", ""},
		{"how much will a round trip cost", "$14", "because fuel"},
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
