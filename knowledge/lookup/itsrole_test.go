package lookup

import "testing"

// ferryMuseum is a short article written for this test, in no question
// set: an organisation's director introduced only as "Its director"
// right after a sentence about the organisation.
const ferryMuseum = `Museum returns stolen map

DOVER, Del. (AP) — A stolen 1780 map was returned to the Kent Maritime Museum on Monday.

The museum reported the map missing in 2019. Its director, Ellen Voss, said the frame was damaged.

"We never stopped looking for it," Voss said.
`

// TestItsRole checks that the person introduced as "Its director" speaks
// for the organisation of the sentence before, and is the "museum
// director" a question asks for.
func TestItsRole(t *testing.T) {
	e := engineOf(t, ferryMuseum)
	checkAnswers(t, e, []answerCase{
		{"what did the museum say", []string{"never stopped looking"}, nil},
		{"what did the museum director say", []string{"never stopped looking"}, nil},
	})
}
