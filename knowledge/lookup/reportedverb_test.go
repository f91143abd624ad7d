package lookup

import "testing"

// damHearing is a short article written for this test, in no question
// set: the asked verbs "called" and "wrote" stand in reported clauses, and
// once as reporting verbs of their own.
const damHearing = `Town weighs removal of old dam

MILLBROOK, Vt. (AP) — The town board voted Tuesday to study removing the Millbrook dam.

Greg Sorensen, who lives below the dam, said he had called the fire department twice last spring.

Tom Ruiz, a retired teacher, said he had written to the governor.

Ann Lee called the plan "a waste of money."
`

// "Who called the fire department" asks the reported act's doer, not the
// words between the reporting verb and the asked one ("Said he had").
func TestReportedVerbDoer(t *testing.T) {
	e := engineOf(t, damHearing)
	checkOpenings(t, e, []openingCase{
		{q: "who called the fire department", first: "Greg Sorensen", not: []string{"Said he"}},
		{q: "who wrote to the governor", first: "Tom Ruiz", not: []string{"Said he"}},
	})
}

// With no reporting verb before the asked one, "called" is the reporting
// verb itself and the speaker answers as before.
func TestReportedVerbNotWhenReporting(t *testing.T) {
	e := engineOf(t, damHearing)
	checkOpenings(t, e, []openingCase{
		{q: "who called the plan a waste of money", first: "Ann Lee"},
	})
}
