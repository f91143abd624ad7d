package lookup

import "testing"

// zoningRuling is a short article written for this test, in no question
// set: a judge's ruling quoted after "ruled that", with another
// speaker's paraphrase nearer the question's words.
const zoningRuling = `Judge blocks county's billboard ban

TOPEKA, Kan. (AP) — A state judge on Monday blocked a Shawnee County ban on new billboards along rural highways.

Judge Alma Greer ruled that the ban "sweeps far beyond any safety concern" and violated the rights of landowners.

The county said the safety concern was real and that it would appeal, spokesman Dean Hoyt, 44, said.
`

// TestRuledQuote checks that a quotation after "ruled that" is the
// judge's: a court's or judge's ruling is what it says.
func TestRuledQuote(t *testing.T) {
	checkOpenings(t, engineOf(t, zoningRuling), []openingCase{
		{"who said it sweeps far beyond any safety concern", "Alma Greer.", nil, nil},
	})
}
