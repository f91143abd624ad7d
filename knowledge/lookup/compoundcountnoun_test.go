package lookup

import "testing"

// ferryRebuild is a short article written for this test, in no question
// set: two figures written as compound modifiers of the same counted noun,
// each premodifying a different noun.
const ferryRebuild = `Ferry dock to be rebuilt

BAYPORT, Maine (AP) — The town will replace its three-berth wooden dock with a five-berth steel pier next year, the harbor master said Monday. The pier's 10-story parking garage will rise beside it.
`

// TestCompoundCountOfTheNamedNoun: "how many berths will the pier have"
// is answered by the compound premodifying "pier", not the one before
// "dock", and the count is read out with its noun in the plural, a unit
// of length too when it is the noun the question counts.
func TestCompoundCountOfTheNamedNoun(t *testing.T) {
	e := engineOf(t, ferryRebuild)
	checkAnswers(t, e, []answerCase{
		{"how many berths will the new pier have", []string{"Five berths."}, []string{"Three"}},
		{"how many berths does the dock have", []string{"Three berths."}, []string{"Five"}},
		{"how many stories is the garage", []string{"10 stories."}, nil}, // the very unit counted, read out (compoundCountWords)
	})
}
