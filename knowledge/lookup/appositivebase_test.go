package lookup

import "testing"

// An organisation's home premodifies the head of its own appositive ("a
// Denver design firm"), and a place told of another body in the same
// sentence is not its home; the article written for this test is in no
// question set.
const firmDeal = `Denver firm wins airport job

OMAHA, Neb. (AP) — Pell Avery, a Chicago-based developer, hired Nolan Vick, a Denver design firm, on Monday to draw the new terminal.

Nolan Vick has 40 architects.
`

func TestAppositiveBase(t *testing.T) {
	checkOpenings(t, engineOf(t, firmDeal), []openingCase{
		{q: "where is nolan vick based", first: "Denver"},
		{q: "where is pell avery based", first: "Chicago"},
	})
}
