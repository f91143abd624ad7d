package lookup

import "testing"

// libraryClosure is a short article written for these tests, in no
// question set: one event whose sentence gives only the end of the state
// it began ("until at least March 20"), another dated by the time of a
// telling ("said in an interview on March 12 that …"), each dated for itself
// elsewhere.
const libraryClosure = `Library closes after roof leak

DENTON, Texas (AP) — A roof leak flooded the reading room of the Denton Public Library on March 3.

The closure will last until at least March 20.

Library officials, citing the danger of falling plaster and the damage to thousands of books, announced the closure on March 4. Inspectors examined the roof on March 10.

Head librarian Ruth Ames said in an interview on March 12 that she had warned the city about the roof.

In a memo to the city manager and the council in March 2023, Ames had warned that the roof was old and could leak in heavy rain.

Ames recalled the March 14 morning when workers covered the roof with tarps.
`

// TestEventTimes checks that a time that bounds a state ("until at least
// Friday") or dates a report ("said in an interview Monday that …") does
// not date the event two alternatives order.
func TestEventTimes(t *testing.T) {
	e := engineOf(t, libraryClosure)
	checkAnswers(t, e, []answerCase{
		{"what came first, the closure or the inspection", []string{"Closure came first", "March 4"}, nil},
		{"what came first, the inspection or ames's warning", []string{"Ames's warning came first", "March 2023"}, nil},
		{"did the closure happen before or after the inspection", []string{"Before", "March 4"}, nil},
		// a time inside the object of a verb of saying dates what it names
		{"what came first, the inspection or the workers covering the roof with tarps", []string{"Inspection came first", "March 14"}, nil},
	})
}

// bargeStrike is a short article written for this test, in no question
// set: the words of one event stand before "would" and a time that
// dates the later act the auxiliary looks ahead to.
const bargeStrike = `Bridge closed after barge strike

MARIETTA, Ohio (AP) — A barge struck a pier of the Putnam Street Bridge on March 3.

The state closed the bridge to traffic on March 5.

The state said divers who examined the damaged pier would file a report on March 20. Engineers inspected the deck on March 12.
`

// TestLaterActTime checks that a time after "would" dates the act it
// looks ahead to, not the event told before it: the article never dates
// the divers' examination, so the order is not given.
func TestLaterActTime(t *testing.T) {
	e := engineOf(t, bargeStrike)
	checkAnswers(t, e, []answerCase{
		{"what came first, the divers examining the pier or the deck inspection", nil, []string{"came first", "March 20"}},
		{"what came first, the barge strike or the bridge closing", []string{"Barge strike came first", "March 3"}, nil},
	})
}
