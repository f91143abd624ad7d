package lookup

import "testing"

// TestBusinessQuarter: a quarter or half of the business year is a time
// of its own, given alone ("in the fourth quarter") or with its year ("in
// the second half of 2027"), so "when" is answered by it. The article is
// written for this test, in no question set.
func TestBusinessQuarter(t *testing.T) {
	e := engineOf(t, `Solar panel maker to build Georgia factory

ATLANTA (AP) — Brightfield Solar Inc. said it will build a $400 million panel factory near Macon that will employ 900 people.

Construction is expected to begin in the third quarter, pending a state permit.

The company expects the first panels to ship in the second half of 2027, Chief Executive Ruth Amadi said.

Brightfield's sales rose 14% in the first half, to $212 million.
`)
	checkAnswers(t, e, []answerCase{
		{"when does construction start", []string{"third quarter"}, nil},
		{"when will the first panels ship", []string{"second half of 2027"}, nil},
		{"when did sales rise 14%", []string{"first half"}, nil},
	})
}
