package lookup

import "testing"

// riverSuit is a short article written for this test, in no question
// set: a plaintiff and a defendant that are organisations, each named in
// apposition to the noun of its role.
const riverSuit = `Group sues paper mill over river discharge

BANGOR, Maine (AP) — An environmental group sued a paper mill Monday, saying it dumped heated water into the Penobscot River for years.

The plaintiff, the Penobscot Watershed Alliance, asked a federal judge to order the mill to stop. The defendant, Northwoods Paper Company, said it follows its permit.

"We want the river back," said Ellen Sayre, 52, the alliance's director.
`

func TestApposedOrganisation(t *testing.T) {
	e := engineOf(t, riverSuit)
	checkOpenings(t, e, []openingCase{
		// the organisation in apposition holds the role asked
		{"who is the plaintiff", "Penobscot Watershed Alliance.", nil, nil},
		{"who was the defendant", "Northwoods Paper", nil, nil},
	})
}
