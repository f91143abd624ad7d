package lookup

import "testing"

// stalledRidge is a short article written for this test, in no question
// set: a cause told in a participle, an organisation named nearby, and the noun
// "causes" elsewhere.
const stalledRidge = `Heat wave breaks records in Boise

BOISE, Idaho (AP) — Boise reached 108 degrees on Sunday, its hottest day on record, the National Weather Service said.

Forecasters said the heat, driven by a stalled ridge of high pressure called a heat dome, would ease by Wednesday, according to the Western Regional Climate Center.

The county coroner said two deaths may have had heat-related causes.
`

// TestCausingFrame: "what causes a heat dome" has "what" as the
// subject of "causes"; it asks for a cause, as "why" does, not for an
// instance of "causes", and "causes" itself need not be in the answer.
func TestCausingFrame(t *testing.T) {
	e := engineOf(t, stalledRidge)
	checkOpenings(t, e, []openingCase{
		{"what causes a heat dome", "Forecasters said", []string{"stalled ridge of high pressure"}, nil},
	})
}
