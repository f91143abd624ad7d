package lookup

import "testing"

// culvertRepair is a short article written for this test, in no question
// set: an estimate given as a range between two sums, a count given as a
// range, and a plain sum beside them.
const culvertRepair = `Washed-out culvert closes Mill Road

HARTLEY, Iowa (AP) — Replacing a culvert that washed out under Mill Road would cost between $340,000 and $410,000, the county engineer said Friday.

Between 150 and 200 households use the road each day. The county has $90,000 left in its bridge fund.
`

func TestBetweenRangeAnswers(t *testing.T) {
	e := engineOf(t, culvertRepair)
	checkOpenings(t, e, []openingCase{
		// the range, not its lower figure alone
		{"how much will replacing the culvert cost", "Between $340,000 and $410,000.", nil, nil},
		{"how many households use the road", "Between 150 and 200 households.", nil, nil},
		{"how much is left in the bridge fund", "$90,000.", nil, []string{"Between"}},
	})
}
