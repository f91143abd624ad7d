package lookup

import "testing"

// ostrowFerry is a short article written for this test, in no question
// set: one sentence holding the times of two acts, the asked act's in a
// relative clause after the other's.
const ostrowFerry = `Ostrow to retire two ferries

OSTROW, Wash. (AP) — The county will retire two of its five ferries next spring, including the ferry on the Ostrow run, which began sailing in 1964, officials said Thursday.
`

func TestTimeOfTheAskedVerbsOwnClause(t *testing.T) {
	checkOpenings(t, engineOf(t, ostrowFerry), []openingCase{
		// "the ferry …, which began sailing in 1964": the time after the asked verb
		{"when did the ostrow ferry begin sailing", "In 1964", nil, []string{"Next spring."}},
		{"when will the county retire the ferries", "Next spring", nil, nil},
	})
}
