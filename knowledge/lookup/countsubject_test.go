package lookup

import "testing"

// libraryBallot is a short article written for this test, in no question
// set: a fronted partitive whose part is the subject of a past-tense verb
// with an object.
const libraryBallot = `Town votes to keep library open on Sundays

MILLBROOK, N.Y. (AP) — Residents of this Hudson Valley town voted Monday to keep the public library open on Sundays, rejecting a plan to close it one day a week to save money.

Of the 420 residents who cast ballots, 263 rejected the plan, town clerk Maria Dunn, 58, said. The library has 11 employees.
`

func TestCountBeforeVerbIsItsSubject(t *testing.T) {
	checkOpenings(t, engineOf(t, libraryBallot), []openingCase{
		// "rejected the plan" is a verb with its object, not the counted noun
		{"how many rejected it", "263", nil, nil},
		{"how many rejected the plan", "263", nil, nil},
		{"how many residents cast ballots", "420", nil, nil},
	})
}
