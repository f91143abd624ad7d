package lookup

import "testing"

// ciderFair is a short article written for this test, in no question
// set: an organisation named in apposition, and a person whose title
// holds the same noun ("Festival director").
const ciderFair = `Cider festival returns to Orland

ORLAND, Maine (AP) — The festival, the Orland Cider Days, will return in October after a two-year break.

Festival director Nora Pike said 40 orchards have signed up.
`

// "What's the festival's name" asks the name of the festival, as "what
// is the name of the festival" does, not of a person whose title holds
// the noun.
func TestGenitiveNameOfAThing(t *testing.T) {
	e := engineOf(t, ciderFair)
	checkAnswers(t, e, []answerCase{
		{"what's the festival's name", []string{"Orland Cider Days."}, []string{"Nora Pike."}},
	})
}
