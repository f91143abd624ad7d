package lookup

import "testing"

// fenwickParking is a short article written for this test, in no question
// set: its lead tells a court's decision with its grounds in a "ruling
// that" clause, and its second paragraph, which gives no grounds, follows
// the lead as news writing's supporting paragraph does.
const fenwickParking = `Court voids Fenwick parking ban

HARTLEY, Ore. (AP) — A state appeals court on Monday struck down Fenwick's ban on overnight street parking, ruling that the city had adopted it without the public hearing its charter requires.

The three judges sent the case back to Marion County Circuit Court. The city had defended the ban since 2022.

Separately, the county planning board denied a permit for a gravel pit near Fenwick, finding that the site floods most winters.
`

// A decision's grounds in a supplementive "ruling that" or "finding that"
// clause answer "why", so the decision's own sentence answers first, not
// the paragraph after it.
func TestJudgingClauseGivesGrounds(t *testing.T) {
	e := engineOf(t, fenwickParking)
	checkOpenings(t, e, []openingCase{
		{q: "why did the court strike down the ban", first: "HARTLEY, Ore. (AP) — A state appeals court", want: []string{"public hearing"}, not: []string{"sent the case back"}},
		{q: "why was the ban struck down", first: "HARTLEY, Ore. (AP) — A state appeals court", want: []string{"public hearing"}},
		{q: "why did the board deny the permit", first: "Separately, the county planning board", want: []string{"site floods"}},
	})
}
