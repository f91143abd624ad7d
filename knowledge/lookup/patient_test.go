package lookup

import "testing"

// boatThefts is a short article written for these tests, in no question
// set: people who undergo acts, as objects of active verbs (two of them
// coordinated, with their ages), as subjects of passives, and an agent
// named in a by-phrase.
const boatThefts = `Harbor town police arrest two in boat thefts

PORTLAND, Maine (AP) — Police arrested Dale Firth, 34, and Corey Nadeau, 29, on Tuesday in a string of boat thefts along the Fore River.

Chief Ellen Sayward said Firth was charged with receiving stolen property. Nadeau was released on bail Wednesday.

The harbor commission fired dockmaster Paul Greer last month after the first thefts. Greer was replaced by his deputy, Ana Ruiz.
`

// TestPassiveWhoAsksThePatient checks that "who got/was V-ed" is answered
// with who underwent the act, not who did it.
func TestPassiveWhoAsksThePatient(t *testing.T) {
	e := engineOf(t, boatThefts)
	checkOpenings(t, e, []openingCase{
		{q: "who got arrested", first: "Dale Firth and Corey Nadeau."},
		{q: "who was charged with receiving stolen property", first: "Dale Firth."},
		{q: "who got fired", first: "Paul Greer."},
		{q: "who was replaced", first: "Paul Greer."},
		// the active question still asks the doer
		{q: "who replaced greer", first: "Ana Ruiz."},
	})
}
