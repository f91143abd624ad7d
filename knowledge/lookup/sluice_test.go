package lookup

import (
	"slices"
	"testing"
)

// ferryGust is a short article written for this test, in no question
// set: the strongest wind and where it blew, and when the ferry stopped,
// each told in a sentence of its own.
const ferryGust = `Storm halts island ferry

PORTLAND, Maine (AP) — A winter storm halted ferry service to three islands in Casco Bay.

The ferry line stopped its boats on Thursday morning. The strongest gust, 74 mph, hit Peaks Island.

Service resumed Friday.
`

// TestSluicedPart: "and where" after a question asks where, of the
// clause the question before it holds.
func TestSluicedPart(t *testing.T) {
	e := engineOf(t, ferryGust)
	checkAnswers(t, e, []answerCase{
		{"when did the ferry line stop its boats and why", []string{"Thursday"}, nil},
		{"hey what was the strongest gust and where", []string{"74 mph", "Peaks Island"}, nil},
	})
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"hey what was the strongest gust and where", []string{"hey what was the strongest gust", "where was the strongest gust"}},
		{"how many boats did the line stop and when?", []string{"how many boats did the line stop", "when did the line stop"}},
		{"who and where", []string{"who and where"}},
	} {
		if got := splitParts(c.q); !slices.Equal(got, c.want) {
			t.Errorf("splitParts(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
