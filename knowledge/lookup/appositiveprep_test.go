package lookup

import "testing"

// harlowRace is a short article written for this test, in no question
// set: a winner named before an appositive that itself ends in a place
// after a preposition ("from Cedar Bluffs, Nebraska,") just before
// the verb.
const harlowRace = `Nurse wins open county commission seat

HARLOW SPRINGS, Neb. (AP) — Teresa Kowalczyk, a 48-year-old nurse from Cedar Bluffs, Nebraska, won the open seat on the Dale County Commission on Tuesday.

Glen Ostrander, a retired banker who trailed Kowalczyk, conceded Wednesday morning.

Kowalczyk said she would focus on the county's roads.
`

func TestPrepositionObjectInAppositiveIsNotTheSubject(t *testing.T) {
	checkOpenings(t, engineOf(t, harlowRace), []openingCase{
		// "from Cedar Bluffs": a preposition's object is inside the
		// appositive: the subject is the name before its opening comma
		{"who won the commission seat", "Teresa Kowalczyk.", nil, nil},
		{"who won", "Teresa Kowalczyk.", nil, nil},
		// a name that is no preposition's object still stops the search
		{"who conceded", "Glen Ostrander.", nil, nil},
	})
}
