package lookup

import "testing"

// tamsinBuses is a short article written for this test, in no question
// set: a speaker named by a common noun, whose verb of saying is
// coordinated with an earlier predicate.
const tamsinBuses = `District changes bus routes

TAMSIN, Ohio (AP) — The Tamsin school district redrew 14 bus routes on Monday to shorten rides for students in the rural north.

Parents praised the new routes but said buses were still running 20 minutes late.
`

// "Who said buses were late" is answered by the subject both predicates
// share, not by the words up to "said".
func TestSpeakerOfCoordinatedPredicate(t *testing.T) {
	e := engineOf(t, tamsinBuses)
	checkOpenings(t, e, []openingCase{
		{"who said the buses were running late", "Parents.", nil, []string{"praised the new routes but."}},
	})
}
