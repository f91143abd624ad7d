package lookup

import "testing"

// floatParade is a short article written for this test, in no question
// set: an act told only in a reduced passive relative ("a float built by
// volunteers"), beside another thing the same sentence names.
const floatParade = `Harvest parade draws crowd

ELMORE, Ohio (AP) — About 2,000 people lined Main Street on Saturday for the town's harvest parade.

The parade featured a marching band from Elmore High School and a float built by volunteers from the Elmore Garden Club.
`

// TestReducedRelativeAgent: the by-phrase after "a float built" is the
// agent of building the float, so it answers who built the float, and
// says nothing of who built (or led) the band.
func TestReducedRelativeAgent(t *testing.T) {
	e := engineOf(t, floatParade)
	checkAnswers(t, e, []answerCase{
		{"who built the float", []string{"Volunteers"}, nil},
		{"who built the marching band", nil, []string{"Volunteers", "float built"}},
	})
}
