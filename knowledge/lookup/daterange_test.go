package lookup

import "testing"

// rodeoDates is a short article written for this test, in no question set:
// a rodeo runs over a span of dates.
const rodeoDates = `Rodeo returns to Orland

ORLAND, Neb. (AP) — The Prairie Days Rodeo will be held Oct. 3 through Oct. 5 at the Orland Armory, organizers said Tuesday.

About 300 riders are expected.
`

func TestDateRange(t *testing.T) {
	e := engineOf(t, rodeoDates)
	checkAnswers(t, e, []answerCase{
		// the span's two ends answer when the rodeo is held
		{"when is the rodeo", []string{"Oct. 3 through Oct. 5."}, nil},
	})
}
