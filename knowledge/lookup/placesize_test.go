package lookup

import "testing"

// rumfordMill is a short article written for these tests, in no question
// set: a town's population given as "a town of N", beside a count of
// people at a plant inside it.
const rumfordMill = `Paper mill in Maine town to close

RUMFORD, Maine (AP) — The paper mill on the river in Rumford employs about 600 people and will close in June, its owner said Monday.

Rumford Town Manager Ellen Pike said the town of 5,800 would look for a new employer.
`

// TestHowBigIsAPlace: "how big is" a place asks its population, which
// news writing gives as "the town of 5,800", not a count of people at
// something in it.
func TestHowBigIsAPlace(t *testing.T) {
	e := engineOf(t, rumfordMill)
	checkAnswers(t, e, []answerCase{
		{"how big is rumford", []string{"5,800"}, []string{"600 people."}},
		{"how many people work at the mill", []string{"600"}, []string{"5,800 people."}},
	})
}
