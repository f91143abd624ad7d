package lookup

import "testing"

// fenceDispute is a short article written for this test, in no question
// set: the one introduced by a role acts on someone the sentence does not
// name.
const fenceDispute = `Neighbor's fence case ends in $12,000 award

OSLO, Minn. (AP) — A small-claims judge on Friday awarded $12,000 to a farmer whose fence was torn down during a property dispute.

The farmer, Ana Roth, hired a surveyor from Fargo in 2022 to mark the line.

Judge Lyle Barr said the neighbor had no right to remove the fence.
`

// "Who did the farmer hire": the wh-word is the object and "the farmer"
// the subject (Quirk et al., §11.14), not the one hired (§6.23), so Roth
// is no answer; "who hired a surveyor" still names her.
func TestWhoObjectNotItsSubject(t *testing.T) {
	e := engineOf(t, fenceDispute)
	checkAnswers(t, e, []answerCase{
		{"who did the farmer hire", []string{"surveyor"}, []string{"Ana Roth."}},
		{"who hired a surveyor", []string{"Ana Roth"}, nil},
	})
}
