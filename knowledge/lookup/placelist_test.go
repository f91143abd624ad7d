package lookup

import "testing"

// verrenSnow is a short article written for this test, in no question
// set: the place of the act is a coordinated list of towns, and another
// list coordinates a town with a person.
const verrenSnow = `Snow closes schools

VERREN, Vt. (AP) — A late-season storm dropped up to 20 inches of snow on Tuesday, closing schools in Verren, Alder Falls and Mosby.

Plows worked overnight in Alder Falls and Superintendent Nora Pike said buses would run Wednesday.
`

// "Where were schools closed" is answered by the whole list the
// preposition governs, not its first name; a list that joins a person to
// the place is no list of places.
func TestCoordinatedPlaces(t *testing.T) {
	e := engineOf(t, verrenSnow)
	checkOpenings(t, e, []openingCase{
		{"where did schools close", "In Verren, Alder Falls and Mosby.", nil, nil},
		{"where did the plows work overnight", "In Alder Falls.", nil, nil},
	})
}
