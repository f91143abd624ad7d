package lookup

import "testing"

// canalRescue is a short article written for this test, in no question
// set: people named by a title and an "of" phrase of their organisation.
const canalRescue = `Boy pulled from icy canal

LOWELL, Mass. (AP) — A 9-year-old boy was pulled from an icy canal Sunday by two passers-by, said Sgt. Maria Lopez of the Lowell Police Department.

The boy was treated at Lowell General Hospital and released, said hospital spokesman Dan Reilly.
`

// A person described by a bare title is described with the "of" phrase
// of the organisation after the name too; a fuller role stands alone.
func TestTitleAffiliated(t *testing.T) {
	e := engineOf(t, canalRescue)
	checkAnswers(t, e, []answerCase{
		{"who is maria lopez", []string{"sergeant of the Lowell Police Department"}, nil},
		{"who is dan reilly", []string{"hospital spokesman"}, []string{"spokesman of"}},
	})
}
