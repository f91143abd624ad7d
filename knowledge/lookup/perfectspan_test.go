package lookup

import "testing"

// countyFerry is a short article written for this test, in no question
// set: a ferry "run by the county since 1958", and in the next sentence,
// which refers back to it, another act's span of time ("within two
// weeks").
const countyFerry = `Island ferry gets new captain

BAYFIELD, Wis. (AP) — The Madeline Island ferry will have a new captain this summer, county officials said Monday.

The ferry has been run by the county since 1958. Deckhands were hired within two weeks of the posting.
`

// "how long has the county run the ferry" and "had the ferry" are in the
// perfect: "since 1958" states it, and "two weeks" is how long hiring
// took.
func TestPerfectHowLongTakesTheSpanOfTheAct(t *testing.T) {
	e := engineOf(t, countyFerry)
	checkAnswers(t, e, []answerCase{
		{"how long has the county run the ferry", []string{"1958"}, []string{"two weeks"}},
		{"how long has the county had the ferry", []string{"1958"}, []string{"two weeks"}},
	})
}
