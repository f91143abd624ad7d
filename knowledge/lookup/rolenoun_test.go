package lookup

import "testing"

// ferryLine is a short article written for these tests, in no question set: a
// company's spokesman introduced as "a company spokesman" after the
// company's name ends in AP's "Co.", a second body with another head, and a
// state lawmaker whose appositive follows his party-and-hometown tag.
const ferryLine = `Ferry line cuts winter sailings

SEATTLE (AP) — Puget Island Ferry Co. will cut its winter sailings to two a day starting Dec. 1, the company said Tuesday.

The cut saves about $3 million, but a company spokesman, Rafael Ibarra, said no crew would lose a job.

State Sen. Owen Marsh, D-Port Hadley, the chairman of the Senate Transportation Committee, said he would hold a hearing on the cut. The Island Riders Association, a group of commuters, called the cut unfair.
`

// TestRoleNounQuestions: "who is the <organisation> spokesman" finds the
// one the article calls "a company spokesman" when the organisation is a
// company, and the appositive after a party tag gives a lawmaker's role.
func TestRoleNounQuestions(t *testing.T) {
	e := engineOf(t, ferryLine)
	checkAnswers(t, e, []answerCase{
		{"who's the puget island spokesperson", []string{"Rafael Ibarra"}, nil},
		{"who's the puget island ferry spokesman", []string{"Rafael Ibarra"}, nil},
		{"who's the chairman of the transportation committee", []string{"Owen Marsh"}, []string{"Ibarra"}},
		// no one speaks for the riders' group
		{"who's the island riders association spokesman", nil, []string{"Rafael Ibarra."}},
	})
}
