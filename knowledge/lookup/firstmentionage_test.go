package lookup

import "testing"

// elevatorRescue is a short article written for this test, in no
// question set: a woman introduced by a relative clause telling her act,
// her age given only at the next, definite mention, and a named official
// with an age of his own.
const elevatorRescue = `Firefighters free woman from stalled elevator

AKRON, Ohio (AP) — Firefighters freed a woman who had been trapped in a stalled elevator for six hours on Sunday, officials said.

The woman, 81, was checked by paramedics and did not need a hospital, said Battalion Chief Ray Dunn, 52.
`

// "the lady who was trapped" is the woman the lead introduces as trapped;
// her age is in the next sentence, which does not repeat the act, not
// the named chief's that follows it there.
func TestFirstMentionAge(t *testing.T) {
	e := engineOf(t, elevatorRescue)
	checkOpenings(t, e, []openingCase{
		{q: "how old was the lady who was trapped", first: "81."},
	})
}
