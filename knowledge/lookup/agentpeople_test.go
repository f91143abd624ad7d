package lookup

import "testing"

// "How many people bid on the quilt" counts the people who bid, whom the
// article counts as "bidders" (quiltSale), not the 300 people at the
// sale.
func TestPeopleCountedByAgentNoun(t *testing.T) {
	e := engineOf(t, quiltSale)
	checkAnswers(t, e, []answerCase{
		{"how many people bid on the quilt", []string{"Nine bidders"}, []string{"300"}},
		{"how many people came", []string{"300"}, nil},
	})
}
