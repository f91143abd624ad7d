package lookup

import "testing"

// truckLimit is a short article written for these tests, in no question
// set: an amendment described in one sentence and its result told in the
// next, under the amendment's own noun.
const truckLimit = `House lowers truck weight limit on rural bridges

PIERRE, S.D. (AP) — The state House on Tuesday voted 61-9 to lower the weight limit for trucks on 200 rural bridges.

Rep. Joan Pike offered an amendment that would have exempted farm trucks during the harvest from the new limit. The amendment failed 31-39.
`

// TestProposalResultReiterated answers "what happened to X" with the
// sentence offering the proposal and the next, which repeats its noun
// with "the" and tells its result.
func TestProposalResultReiterated(t *testing.T) {
	e := engineOf(t, truckLimit)
	checkAnswers(t, e, []answerCase{
		{"what happened to the amendment exempting farm trucks", []string{"failed 31-39"}, nil},
		{"what happened w the amendment for farm trucks at harvest time", []string{"failed 31-39"}, nil},
	})
}
