package lookup

import "testing"

// dunmoreBill is a short article written for this test, in no question
// set: a bill that "passed the Legislature", the chambers named only in
// a later prepositional phrase, and a game told the other way round.
const dunmoreBill = `Lawmakers send ferry bill to governor

JUNEAU, Alaska (AP) — The ferry bill, Senate Bill 41, passed the Legislature on Tuesday with 31 votes in the House and 14 in the Senate.

Earlier, the Juneau Huskies beat the Sitka Wolves 3-1 in the regional final.
`

func TestConverseNeedsTheObject(t *testing.T) {
	checkOpenings(t, engineOf(t, dunmoreBill), []openingCase{
		// the Senate is in an adverbial after the object: not the converse
		{"did the senate pass the bill", "Yes", nil, []string{"other way round"}},
		// the object right after the verb still makes the converse
		{"did sitka beat juneau", "No — the other way round", nil, nil},
	})
}
