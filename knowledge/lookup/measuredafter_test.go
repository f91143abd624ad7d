package lookup

import "testing"

// TestMeasuredAfter: "The cuts come three weeks after a Kentucky furniture maker
// laid off 1,200 workers" dates the story's cuts by another, earlier occasion,
// two events set a measured span apart (Quirk et al., §8.58, §15.25), the
// background paragraph of a news story. The count of workers laid off is
// the lead's, not the rival's; the rival's figure still answers a question
// only it holds, and one that asks of an earlier time.
func TestMeasuredAfter(t *testing.T) {
	e := engineOf(t, `Furniture maker to cut jobs at Indiana plant

JASPER, Ind. (AP) — An Indiana furniture company has laid off nearly 300 workers at its plant in Jasper as orders for office desks keep falling, the company said Tuesday.

Kessler Woodworks, founded in 1921, employs about 1,100 people in southern Indiana.

"We did everything we could to avoid this," said chief executive Dana Whitcomb, 51.

The cuts come three weeks after a Kentucky furniture maker laid off 1,200 workers and closed two plants.
`)
	checkAnswers(t, e, []answerCase{
		{"how many workers were laid off", []string{"300"}, []string{"1,200"}},
		{"how many workers did kessler lay off", []string{"300"}, []string{"1,200"}},
		{"how many plants were closed", []string{"two"}, []string{"300"}},
		{"how many workers were laid off last time", []string{"1,200"}, []string{"300"}},
	})
}
