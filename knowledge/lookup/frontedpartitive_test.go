package lookup

import "testing"

// busInjured is a short article written for this test, in no question
// set: a fronted partitive after the lead's count of the whole.
const busInjured = `Tour bus overturns on icy highway, injuring 31

GRANBY, Colo. (AP) — A tour bus carrying skiers overturned on an icy stretch of U.S. Highway 40 on Friday, injuring 31 people, the Colorado State Patrol said.

Of the 31 people hurt, nine were flown to hospitals in Denver with serious injuries, patrol spokeswoman Ana Ruiz said. The driver, 52, was cited for careless driving.
`

func TestFrontedPartitiveCountsAPart(t *testing.T) {
	checkOpenings(t, engineOf(t, busInjured), []openingCase{
		// "nine" is a part of those hurt, not how many were
		{"how many got hurt", "31", nil, nil},
		{"how many people were hurt", "31", nil, nil},
		// what the clause says of the part asks the part
		{"how many were flown to denver", "Nine", nil, nil},
	})
}
