package lookup

import "testing"

// levyHearing is a short article written for this test, in no question
// set: a hearing dated Thursday about "next year's levy", and a vote
// named by a genitive of time ("Tuesday's vote").
const levyHearing = `County sets hearing on school levy

BEND, Ore. (AP) — A hearing on next year's school levy is set for Thursday, county commissioners said.

Tuesday's vote on the levy drew 300 residents to the courthouse.
`

// "next year's levy": the genitive dates the levy, not the hearing; it
// dates a noun the question asks alone ("Tuesday's vote").
func TestGenitiveTimeDatesItsNoun(t *testing.T) {
	e := engineOf(t, levyHearing)
	checkAnswers(t, e, []answerCase{
		{"when is the hearing", []string{"Thursday"}, []string{"On next year"}},
		{"when is the levy hearing", []string{"Thursday"}, []string{"On next year"}},
		{"when was the vote on the levy", []string{"Tuesday"}, nil},
	})
}
