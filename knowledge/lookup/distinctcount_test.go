package lookup

import "testing"

// guardTroops is a short article written for this test, in no question
// set: a count of states in an article that never writes "different"
// or "separate".
const guardTroops = `Guard units head to flooded Missouri

JEFFERSON CITY, Mo. (AP) — National Guard troops from five states arrived in Missouri on Tuesday to help with flood rescues.

About 1,200 soldiers were sent, the governor said.
`

// "How many different states" asks how many states: the adjective
// stresses that the things counted are distinct, and is no word the
// article must use.
func TestDistinctCount(t *testing.T) {
	e := engineOf(t, guardTroops)
	checkAnswers(t, e, []answerCase{
		{"how many different states sent troops", []string{"Five states"}, []string{"never"}},
		{"how many separate states sent troops", []string{"Five states"}, []string{"never"}},
	})
}
