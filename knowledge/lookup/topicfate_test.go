package lookup

import "testing"

// gristmillFlood is a short article written for this test, in no question set:
// a headline naming the mill, a lead telling what befell it, and later
// sentences that name the mill's parts and a quotation about them.
const gristmillFlood = `Flood sweeps away 1840s gristmill in New Hampshire; bridge closed

HOLLIS, N.H. (AP) — Floodwater from the Nashua River swept away a 180-year-old gristmill in southern New Hampshire on Monday and forced the town to close the covered bridge beside it, officials said.

The mill's waterwheel was carried more than a mile downstream, Fire Chief Ruth Dane said.

"I keep thinking about the waterwheel," said the mill's owner, Tom Ladd.

The waterwheel was found Tuesday wedged against a dam.

The bridge will stay closed until engineers inspect it, town officials said.
`

// "What happened to X" of the story's topic is the lead; of a part of
// it, the narration that tells what befell the part, not a quotation;
// and a premodifier in the headline ("covered" of "covered bridge") is no
// topic of its own.
func TestTopicFateLead(t *testing.T) {
	e := engineOf(t, gristmillFlood)
	checkAnswers(t, e, []answerCase{
		{"what happened to the gristmill", []string{"swept away a 180-year-old gristmill"}, nil},
		{"what happened to the waterwheel", []string{"waterwheel was"}, []string{"keep thinking"}},
	})
}
