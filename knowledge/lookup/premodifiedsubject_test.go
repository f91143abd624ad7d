package lookup

import "testing"

// A when-question whose subject is a premodified noun ("the county
// board") is answered by a sentence that names the thing again by its
// head alone ("The board").
func TestPremodifiedSubjectHead(t *testing.T) {
	e := engineOf(t, "Council backs arena\n\nMILLBROOK, Iowa (AP) — The city council approved the arena plan Monday.\n\nThe plan still needs approval from the Harlan County Board, which controls the land. The board is expected to vote on May 14. The tour of the farms is set for June 2.\n\nSheriff Ana Cole said no one objected.\n")
	checkOpenings(t, e, []openingCase{
		{q: "when does the county board vote", first: "On May 14"},
	})
	checkWantOrRefused(t, e, []wantCase{
		{"when does the county fair open", ""},
		// "tour" is the verb asked, not the head of "the sheriff tour"
		{"when will the sheriff tour farms", ""},
	})
}
