package lookup

import "testing"

// tollBridgeSale is a short article written for this test, in no
// question set: a price per share and a toll per crossing written with
// the distributive article ("$31 a share", "$4 a car"), beside a deal's
// total, so that a bare rate question must pick the one item's amount.
const tollBridgeSale = `Bridge operator sold to pension fund for $900 million

DULUTH, Minn. (AP) — A pension fund agreed Tuesday to buy Northshore Crossing Co., which runs the Arrowhead toll bridge, for $900 million, or $31 a share.

Drivers pay $4 a car to cross the bridge, and trucks pay $11 a day for a pass.
`

// "How much per share" and "how much a share" ask one share's amount:
// "much" heads its phrase as a pronoun and the noun after "per" or the
// distributive article is the rate's item (Quirk et al., §5.50), not the
// noun counted, and it stays a content word though "share" is also a
// type cue ("what share of the vote").
func TestRateItemAsked(t *testing.T) {
	e := engineOf(t, tollBridgeSale)
	checkAnswers(t, e, []answerCase{
		{"how much per share", []string{"$31"}, []string{"$900 million."}},
		{"how much a share", []string{"$31"}, []string{"$900 million."}},
		{"how much per day", []string{"$11"}, []string{"$4."}},
	})
}
