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

// A name set off after the noun phrase an act takes as object is that
// object: "dismissed its head baseball coach, Dale Ruiz," tells who was
// dismissed, though the article has a second coach. The story is written
// for this test, in no question set.
func TestApposedObjectNameUndergoes(t *testing.T) {
	e := engineOf(t, "College dismisses baseball coach\n\nFARGO, N.D. (AP) — Red River College dismissed its head baseball coach, Dale Ruiz, on Monday after a 12-40 season.\n\nAssistant coach Omar Price will serve as interim coach.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who got dismissed", first: "Dale Ruiz"},
		{q: "who did red river college dismiss", first: "Dale Ruiz"},
	})
}
