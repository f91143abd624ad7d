package lookup

import "testing"

// pellArtsFestival is a short article written for this test, in no question
// set: works named by quoted titles set in apposition to the noun of
// their kind, after it and before it, beside a painting no title names.
const pellArtsFestival = `Quilter and carver share festival honors

PELL HARBOR, Maine (AP) — Carver Ruth Amsel took the top award at the Pell Harbor Arts Festival on Sunday for "North Light," an oak sculpture of a lighthouse keeper.

Weaver Tom Gale was honored for a tapestry, "Gulls at Low Tide," that took him two years to finish.

Amsel said she will show the sculpture at the town library this winter.

Organizers also bought an oil painting by a local student for the town hall.
`

// "Which sculpture" and "what tapestry" ask for the title the article
// apposes to that noun: in the sentence that answers, or, when that
// sentence refers back by "the sculpture", the one title of a sculpture
// the article names. A noun no title is apposed to names no title.
func TestTitledWork(t *testing.T) {
	e := engineOf(t, pellArtsFestival)
	checkAnswers(t, e, []answerCase{
		{"which sculpture took the top award", []string{"North Light."}, nil},
		{"what tapestry was gale honored for", []string{"Gulls at Low Tide."}, nil},
		{"which sculpture will amsel show at the library", []string{"North Light."}, nil},
		{"which painting did organizers buy", nil, []string{"North Light", "Gulls at Low Tide"}},
	})
}
