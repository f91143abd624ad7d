package lookup

import "testing"

// hospitalStorm is a short article written for this test, in no question
// set: people counted at a building, a crowd counted, and a village's
// population.
const hospitalStorm = `Ice storm knocks out power in Pell Village

PELL VILLAGE, N.H. (AP) — An ice storm on Saturday cut power to Pell Village, a village of 2,300 people, utility officials said.

Eight people were treated for falls at the Pell Valley Hospital. A crowd of about 300 people gathered at the town hall to warm up.
`

// "How big" of a building is not the people treated there; of a crowd
// it is its people, and of a village its population.
func TestPeopleCountAsSize(t *testing.T) {
	e := engineOf(t, hospitalStorm)
	checkAnswers(t, e, []answerCase{
		{"how big is the hospital", nil, []string{"Eight people"}},
		{"how big was the crowd at the town hall", []string{"300 people"}, nil},
		{"how big is pell village", []string{"2,300"}, nil},
	})
}
