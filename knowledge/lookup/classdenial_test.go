package lookup

import "testing"

// barnBlaze is a short article written for this test, in no question
// set: a denial of one class of people ("No residents were hurt") and
// people of another class the article names elsewhere.
const barnBlaze = `Fire destroys barn

PIKEVILLE, Ky. (AP) — Fire destroyed a barn on Tuesday. Firefighters worked through the night. No residents were hurt, officials said.
`

func TestDenialOfAnotherClassOfPeople(t *testing.T) {
	e := engineOf(t, barnBlaze)
	checkOpenings(t, e, []openingCase{
		{"were any residents hurt", "No", nil, nil},
	})
	// "No residents" says nothing of firefighters
	checkAnswers(t, e, []answerCase{
		{"were firefighters hurt", nil, []string{"No —"}},
	})
}
