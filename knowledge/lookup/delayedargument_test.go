package lookup

import "testing"

// quarryVerdict is a short article written for these tests, in no
// question set: a delayed-identification lead that describes two people,
// the defendant as the verb's object and the victim inside a
// prepositional phrase, and names the defendant next.
const quarryVerdict = `Driver convicted in quarry crash

HOLLIS, Vt. (AP) — A jury on Monday convicted a 41-year-old truck driver of negligent homicide in the death of a quarry worker.

Wendell Prosser faces up to 10 years in prison.
`

// TestDelayedLeadArgument ties the lead's description to the person
// named next when the other description is a prepositional complement.
func TestDelayedLeadArgument(t *testing.T) {
	e := engineOf(t, quarryVerdict)
	checkOpenings(t, e, []openingCase{
		{q: "how old is prosser", first: "Wendell Prosser is 41"},
		{q: "what was prosser convicted of", want: []string{"negligent homicide"}},
	})
}

// quarryVictim is quarryVerdict with the victim named next: the
// description's age is not the one the article gives the person named.
const quarryVictim = `Driver convicted in quarry crash

HOLLIS, Vt. (AP) — A jury on Monday convicted a 41-year-old truck driver of negligent homicide in the death of a quarry worker.

Dana Whitcomb, 29, was crushed when the truck rolled.
`

// TestDelayedLeadOtherAge does not tie the lead's description to a
// person named next whom the article gives another age.
func TestDelayedLeadOtherAge(t *testing.T) {
	e := engineOf(t, quarryVictim)
	checkOpenings(t, e, []openingCase{
		{q: "how old is whitcomb", first: "Dana Whitcomb is 29"},
		{q: "who was convicted", not: []string{"Whitcomb"}},
	})
}
