package lookup

import "testing"

// boiseRecord is a short article written for these tests, in no question
// set: a quotation that affirms a cause by two negatives.
const boiseRecord = `Boise sets heat record

BOISE, Idaho (AP) — Boise reached 108 degrees on Sunday, its hottest day on record, the National Weather Service said.

"This record would have been impossible without climate change," said Marta Ruiz, a climate scientist at Boise State University.

Officials said the grid held up without outages. The county coroner said two deaths may have had heat-related causes.
`

// TestNotWithout: "impossible without climate change" says climate change
// took part, so "did climate change cause it" is no No; and the perfect's
// auxiliary "have" is no synonym of "cause", so the modal "would" before
// it does not make the act one still to come. A lone "without" still
// denies: "the grid held up without outages".
func TestNotWithout(t *testing.T) {
	e := engineOf(t, boiseRecord)
	checkAnswers(t, e, []answerCase{
		{"did climate change cause it", []string{"impossible without climate change"}, []string{"No —", "Not yet"}},
		{"did climate change cause the record", []string{"impossible without climate change"}, []string{"No —", "Not yet"}},
	})
	checkOpenings(t, e, []openingCase{
		{"was it climate change", "Yes", nil, nil},
		{"did climate change contribute", "Yes", nil, nil},
		{"were there outages", "No", nil, nil},
	})
}
