package lookup

import "testing"

// leafBlowers is a short article written for this test, in no question
// set: a bill and an ordinance each designated by a number after its
// noun, as legislatures and councils number them.
const leafBlowers = `Statehouse bill would let towns ban gas leaf blowers

HARTFORD, Conn. (AP) — A bill that would let Connecticut towns ban gas-powered leaf blowers cleared the state Senate 22-14 on Wednesday.

Senate Bill 340 now goes to the House, which has until June 4 to act on it. Its sponsor, Sen. Claire Donnelly, 59, said 31 towns had asked for the power.

Westport passed a similar rule, Ordinance 88, in 2023, but a judge blocked it after 6 landscaping firms sued.
`

func TestBillNumberIsItsIdentifier(t *testing.T) {
	checkOpenings(t, engineOf(t, leafBlowers), []openingCase{
		// "Senate Bill 340": the figure after "Bill" names the bill, it counts nothing
		{"whats the bill number", "Bill 340", nil, nil},
		{"what's the ordinance number", "Ordinance 88", nil, nil},
	})
}
