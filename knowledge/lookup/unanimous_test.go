package lookup

import "testing"

// ridgefieldVotes is a short article written for this test, in no
// question set: a split vote in the lead, two members named against, and
// a later vote with no one against.
const ridgefieldVotes = `Ridgefield board raises levy

RIDGEFIELD, Wash. (AP) — The Ridgefield School Board voted 4-1 on Monday to raise the district's levy.

Board member Alma Reyes cast the vote against the plan.

The board then approved a new bus contract 5-0.
`

// A vote is unanimous when no one voted against: the tally of the vote
// asked about says so, and the adverb the article never writes is not
// dropped to answer Yes of the bare vote.
func TestUnanimousFromTally(t *testing.T) {
	e := engineOf(t, ridgefieldVotes)
	checkOpenings(t, e, []openingCase{
		{"was the vote unanimous", "No", []string{"4-1"}, nil},
		{"did the board vote unanimously", "No", []string{"4-1"}, nil},
		{"was the bus contract vote unanimous", "Yes", []string{"5-0"}, nil},
	})
}
