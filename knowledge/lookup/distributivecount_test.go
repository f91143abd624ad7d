package lookup

import "testing"

// katahdinJobs is a short article written for this test, in no question
// set: things counted only by the people who each have one ("lose their
// jobs", "lost their homes").
const katahdinJobs = `Paper mill to close

MILLINOCKET, Maine (AP) — About 210 workers at the Katahdin paper mill will lose their jobs when it closes in March, the company said Friday.

A fire at the mill's housing complex last year displaced 35 families, and 12 residents lost their homes.
`

// "How many N" with no number of N is answered by the count of a
// subject that has "their N": the distributive plural, one each.
func TestDistributiveCount(t *testing.T) {
	e := engineOf(t, katahdinJobs)
	checkAnswers(t, e, []answerCase{
		{"how many jobs will be lost", []string{"210"}, nil},
		{"how many homes were lost in the fire", []string{"12"}, []string{"35 families."}},
	})
}
