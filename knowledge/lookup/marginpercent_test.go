package lookup

import "testing"

// marginBakeryEarnings is a short article written for this test, in no
// question set: a company's quarterly results that give its margins as
// percents, with no tally and no count of votes.
const marginBakeryEarnings = `Tollard Bakeries profit rises as flour costs ease

AKRON, Ohio (AP) — Tollard Bakeries Inc. said Thursday its second-quarter profit rose 9% as cheaper flour and higher bread prices offset weaker sales of cakes.

The Akron-based baker earned $41 million, or 63 cents a share, on sales of $880 million. Gross margin widened to 31.5% from 29.8% a year earlier, and operating margin rose to 7.2%.

"Flour finally stopped going up," Chief Executive Ruth Annan, 58, said on a call with analysts.
`

// TestMarginAsPercent reads "what's the gross margin" of an earnings
// story as asking a percent: WordNet's "margin" is also the profit margin,
// which business news gives as a percent of sales.
func TestMarginAsPercent(t *testing.T) {
	e := engineOf(t, marginBakeryEarnings)
	checkOpenings(t, e, []openingCase{
		{q: "whats the gross margin", first: "31.5%"},
		{q: "what was the margin", first: "31.5%"},
	})
}
