package lookup

import "testing"

// keelerFerry is a short article written for this test, in no question
// set: a chamber's tally, then the parties' members counted on the side
// for, and no count of a party on the side against.
const keelerFerry = `Keeler Assembly funds ferry repairs

KEELER, Maine (AP) — The Keeler Assembly voted 88-51 on Thursday to spend $40 million repairing the island ferry.

Nine Republicans joined all 79 Democrats in voting for the bill. Every vote against it came from Republicans.
`

// TestPartyTally checks that a count of one party's votes is the count
// the article gives that party's members, not the chamber's tally, and
// that with no such count the tally is no answer.
func TestPartyTally(t *testing.T) {
	e := engineOf(t, keelerFerry)
	checkOpenings(t, e, []openingCase{
		{"how many republicans voted yes", "Nine Republicans", nil, []string{"88"}},
		{"how many dems voted for the bill", "79 Democrats", nil, []string{"88"}},
		{"how many members voted yes", "88", nil, nil},
	})
	checkWantOrRefused(t, e, []wantCase{{"how many republicans voted no", ""}})
}
