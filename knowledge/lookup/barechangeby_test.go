package lookup

import "testing"

// libraryCards is a short article written for this test, in no question
// set: a change told by "by" with the count's noun left out, beside a
// bare number after "by" that no verb of change governs.
const libraryCards = `Library card sign-ups climb

DALTON, Ga. (AP) — The number of library cards issued in the county rose by 240 to 5,100 this year, the library board said Tuesday.

The board approved a plan to extend weekend hours, which passed by 5 to 2.
`

// A bare count after "by" and a verb of change is the change's size; one
// after "by" and another verb is not.
func TestBareChangeBy(t *testing.T) {
	e := engineOf(t, libraryCards)
	checkAnswers(t, e, []answerCase{
		{"by how much did the number of library cards rise", []string{"240"}, []string{"5,100."}},
		{"how much did the number of cards rise by", []string{"240"}, nil},
		// "passed by 5 to 2" is a vote, no change in an amount
		{"by how much did weekend hours grow", nil, []string{"5"}},
	})
}

// A comparison with an earlier time asks the change, and a bare size
// after "by" counts the change's subject; the figure after "from" and a
// genitive time ("from last season's 310") is where the change started.
func TestBareChangeFromGenitiveTime(t *testing.T) {
	e := engineOf(t, `Shelter places more pets

MERIDEN, Conn. (AP) — The county shelter's adoption total rose by 42 from last season's 310, the shelter's director, Paula Greer, said Monday, crediting weekend events at a pet store.

Greer said the shelter hopes to add a second van next year.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many more adoptions than last season", first: "42"},
		{q: "how many adoptions were there last season", first: "310"},
	})
}
