package lookup

import "testing"

// A what-question about a sum may close with a time adjunct ("a year
// ago", "two quarters ago") and still ask the sum; the span measured back
// with "ago" is the one a report writes with "earlier". The article is
// written for this test and is in no question set.
func TestSumAskedWithSpanAgo(t *testing.T) {
	e := engineOf(t, "Toy maker posts loss\n\nDAYTON, Ohio - Brightwell Toys lost $8 million in the three months to June, compared with a profit of $12 million a year earlier, the company said Thursday.\n\n"+
		"Sales fell 15 percent to $140 million. The company had reported a loss of $3 million two quarters earlier.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the profit a year ago", first: "$12 million"},
		{q: "what was the loss two quarters ago", first: "$3 million"},
	})
}
