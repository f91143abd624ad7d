package lookup

import "testing"

// floodedTown is a short article written for this test, in no question
// set: a town that acts, told by its class noun "the town", beside a
// sentence about help that names no town.
const floodedTown = `Town opens shelter after flood

CARVER, Iowa (AP) — Floodwater from the Wapsi River covered much of Carver on Sunday, and state crews brought sandbags to support the levee.

Mayor Lena Voss said the town would open a shelter at the high school gym and pay for hotel rooms for families with children.

Carver last flooded in 2008, when the state paid for repairs.
`

// TestTypeWordAsTheClauseSubject: in "what is the town doing"
// the type word "town" stands after the operator and its determiner, so
// it is the clause's subject and a word of its content, not the kind of
// answer asked; "what town flooded" still asks for a town.
func TestTypeWordAsTheClauseSubject(t *testing.T) {
	e := engineOf(t, floodedTown)
	checkAnswers(t, e, []answerCase{
		{"what is the town doing", []string{"open a shelter"}, []string{"sandbags"}},
		{"what will the town do", []string{"open a shelter"}, nil},
		{"what town flooded", []string{"Carver"}, nil},
	})
}
