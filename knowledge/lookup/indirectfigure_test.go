package lookup

import "testing"

// tarnFestival is a short article written for these tests, in no question
// set: a cost told with an indirect object and a hedged figure ("cost Tarn
// Arts Council a reported $2.4 million") in a relative clause, with other
// sums in the main clause.
const tarnFestival = `Tarn music festival draws smaller crowd

TARN, Ky. (AP) — "River Days," which cost Tarn Arts Council a reported $2.4 million to stage, drew 41,000 visitors over three days and took in $900,000, well below the $1.5 million organizers had hoped for.

"We will be back next year," said council director Omar Velez, 51.
`

// TestFigureAfterIndirectObject answers how much a thing cost with the
// figure the verb "cost" takes after its indirect object and a hedge, not
// the other sum of the sentence.
func TestFigureAfterIndirectObject(t *testing.T) {
	e := engineOf(t, tarnFestival)
	checkOpenings(t, e, []openingCase{
		{"how much did river days cost", "$2.4 million", nil, nil},
	})
}
