package lookup

import "testing"

// iceOutage is a short article written for this test, in no question
// set: a count told as the rest of another after a comma and a
// participle of result, its head noun left out.
const iceOutage = `Ice storm leaves thousands in the dark in Tarrow

TARROW, Vt. (AP) — An ice storm knocked out electricity across Tarrow County on Sunday.

By Monday evening, Green Valley Power had restored service to about 9,000 customers, leaving nearly 4,500 without power.
`

// "How many customers were left without power" counts the customers of
// the result clause, "leaving nearly 4,500 without power", not those
// whose service came back.
func TestResultClauseCount(t *testing.T) {
	e := engineOf(t, iceOutage)
	checkOpenings(t, e, []openingCase{
		{"how many customers were left without power", "Nearly 4,500.", nil, nil},
		{"how many customers got their power back", "About 9,000 customers.", nil, nil},
	})
}
