package lookup

import "testing"

// floodRelief is a short article written for this test, in no question
// set: sums of money named by an "in" phrase whose noun has premodifiers
// or is a noncount noun, each beside a percentage in the same sentence.
const floodRelief = `Flood relief reaches Corlin County

PERRYTON, Iowa (AP) — The state will send $7 million in disaster aid to Corlin County, where floods damaged about 30% of the farmland, Gov. Helen Marsh said Tuesday.

The county lost $2 million in ticket sales when the fair was canceled, and about 40% of its vendors left.
`

// "How much aid" asks the sum "in" a phrase headed by "aid", however the
// noun is premodified, and not a percentage of something else.
func TestSumInPremodifiedPhrase(t *testing.T) {
	e := engineOf(t, floodRelief)
	checkAnswers(t, e, []answerCase{
		// the direct answer comes first, before the cited sentence
		{"how much aid is the state giving", []string{"$7 million. PERRYTON"}, []string{"About 30%."}},
		{"how much did the county lose in sales", []string{"$2 million. The county"}, []string{"About 40%."}},
		// a singular noun after "in" that the question does not ask about
		// is not what the sum is for
		{"how much did the state send to the county", []string{"$7 million"}, nil},
	})
}
