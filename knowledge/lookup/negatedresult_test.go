package lookup

import "testing"

// bridgeGrant is a short article written for this test, in no question
// set: a proposal whose approval is negated with "not yet" between the
// auxiliary and the verb, and one that was approved.
const bridgeGrant = `Town seeks money for footbridge

MILLBROOK, Vt. (AP) — Millbrook wants to replace its wooden footbridge over the Ashwell River before winter, town officials said Monday.

The bridge would cost about $1.2 million. The select board approved a local share of $200,000 in March. A state grant would pay for the rest, but the Legislature has not yet approved it.
`

// TestNegatedResult: a verb of result negated in its verb group ("has
// not yet approved") tells no result, so the answer is not Yes.
func TestNegatedResult(t *testing.T) {
	e := engineOf(t, bridgeGrant)
	checkAnswers(t, e, []answerCase{
		{"has the legislature approved the grant", []string{"No"}, []string{"Yes"}},
		{"did the legislature approve the grant yet?", []string{"No"}, []string{"Yes"}},
		{"has the legislature approved it", []string{"No"}, []string{"Yes"}},
		{"did the select board approve the local share", []string{"Yes"}, []string{"No"}},
	})
}
