package lookup

import "testing"

// bakeryBreakIn is a short article written for this test, in no question
// set: a delayed-identification lead whose passive tells of a described
// person ("A 31-year-old woman was arrested") named in the next
// paragraph, with a second description, the victim, in an adverbial
// clause, and nobody else called a woman.
const bakeryBreakIn = `Woman arrested in bakery break-in

CORLISS, Neb. (AP) — A 31-year-old woman was arrested Friday after a night baker was pushed to the ground during a break-in at a bakery, police said.

Tamsin Hollerby of Corliss was found hiding in a nearby garage, police Sgt. Owen Pratt said.
`

// TestDelayedPatient answers a passive who-question about the lead's
// described person with the name the delayed identification gives it,
// citing the naming sentence.
func TestDelayedPatient(t *testing.T) {
	e := engineOf(t, bakeryBreakIn)
	checkOpenings(t, e, []openingCase{
		{q: "who got arrested", first: "Tamsin Hollerby", not: []string{"does not name"}},
		{q: "who was arrested for the break-in", first: "Tamsin Hollerby"},
	})
}
