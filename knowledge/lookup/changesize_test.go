package lookup

import "testing"

// tollRoad is a short article written for this test, in no question
// set: AP-style amounts under a dollar written with "cents", and changes
// given by their size after "by" and their new level after "to".
const tollRoad = `Turnpike tolls to rise in January

HARTWELL, Pa. (AP) — The Hartwell Turnpike Commission on Monday approved a $40 million repaving plan and raised the car toll by 15 cents to 95 cents a trip, starting Jan. 1.

The truck toll will go up by $1.10 to $6.40.

The commission also voted to raise the parking fee at its rest stops by 25 cents.
`

func TestChangeSizeAndLevel(t *testing.T) {
	checkOpenings(t, engineOf(t, tollRoad), []openingCase{
		// "15 cents to 95 cents": money (AP Stylebook, "cents"), not the $40 million
		{"how much did they raise the car toll", "15 cents", nil, []string{"$40 million."}},
		// asked no change, the level after "to" answers, not the size after "by"
		{"how much is the car toll", "95 cents", nil, nil},
		{"how much will the truck toll be", "$6.40", nil, nil},
		{"how much is the truck toll going up", "$1.10", nil, nil},
	})
	checkAnswers(t, engineOf(t, tollRoad), []answerCase{
		// "by 25 cents" is the size of a rise, no price: the article does not give the fee
		{"how much does parking at the rest stops cost", nil, []string{"25 cents."}},
		{"how much will they raise the parking fee", []string{"25 cents"}, nil},
	})
}
