package lookup

import "testing"

// plowPurchase is a short article written for these tests, in no
// question set: one plow's price told with "each" after the sum and a
// comma after it, and a price per ton told with the item named.
const plowPurchase = `Town buys four new plows

BRISTOW FALLS, Vt. (AP) — The town will buy four snowplows before winter, Mayor Ann Reed said Monday.

Reed said the plows would cost about $90,000 each, less than the trucks they replace.

Road salt will cost the town $68 a ton this year.
`

func TestEachBeforeACommaNamesNoItem(t *testing.T) {
	checkWantOrRefused(t, engineOf(t, plowPurchase), []wantCase{
		// "$90,000 each, less than": "less" is no item of the rate
		{"how much does each plow cost", "$90,000"},
		{"how much r the plows gonna cost each", "$90,000"},
		// the item after a rate marker still names the rate
		{"how much is salt per ton", "$68"},
		// a rate the article never gives stays unanswered
		{"how much does each truck cost", ""},
	})
}
