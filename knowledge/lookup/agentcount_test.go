package lookup

import "testing"

// quiltSale is a short article written for this test, in no question
// set: the ones who did an act counted only by the act's agent noun, in
// a sentence beside a count of people.
const quiltSale = `Quilt fetches record price at county sale

HARLAN, Ky. (AP) — A quilt sewn in 1890 sold for $41,000 on Saturday at the Harlan County fair.

Nine bidders competed for the quilt. About 300 people came to the sale.
`

// "How many bid", with "bid" not plural after "how many", counts the
// ones who bid, whom the article counts as "bidders", not the people at
// the sale.
func TestAgentNounCounted(t *testing.T) {
	e := engineOf(t, quiltSale)
	checkAnswers(t, e, []answerCase{
		{"how many bid", []string{"Nine bidders"}, nil},
		{"how many bid on the quilt", []string{"Nine bidders"}, []string{"300"}},
	})
}
