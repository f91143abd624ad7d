package lookup

import "testing"

// boilOrder is a short article written for this test, in no question
// set: a result promised "within 24 hours" and another act dated Monday.
const boilOrder = `Town lifts part of boil-water order

HOLLAND, Mich. (AP) — Officials lifted a boil-water order for the north side of Holland on Monday.

Results of tests on the south side's water will be released within 24 hours, the utility said.
`

// "within 24 hours" is a time expression of its own (a span up to a time
// ahead, as "within two weeks" is), so it dates the release.
func TestWithinHoursDatesAnAct(t *testing.T) {
	e := engineOf(t, boilOrder)
	checkAnswers(t, e, []answerCase{
		{"how soon will the test results be released", []string{"24 hours"}, []string{"Monday"}},
		{"when will the results be released", []string{"24 hours"}, []string{"Monday"}},
	})
}
