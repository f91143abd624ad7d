package lookup

import "testing"

// ferryFares is a short article written for this test, in no question
// set: one figure told by "jumped" and another by "fell", neither
// written with the question's "go up".
const ferryFares = `Island ferry fares jump as ridership falls

BAYPORT, Wash. (AP) — Round-trip ferry fares to Cobb Island jumped $6 to $38 on Monday, the county said.

Ridership fell 12% last summer, county officials said.
`

// "Go up", which the article never writes, is told by its "jumped", a
// verb of change the same way (Levin 1993, §45.6), and not by "fell":
// a yes/no question, which may not leave a word of it unfound, is
// answered Yes of the fares and not of ridership.
func TestChangeVerbOtherWords(t *testing.T) {
	e := engineOf(t, ferryFares)
	checkOpenings(t, e, []openingCase{
		{q: "did ferry fares go up", first: "Yes", want: []string{"jumped $6"}},
	})
	checkAnswers(t, e, []answerCase{
		{"how much did ferry fares go up", []string{"$6"}, []string{"12%"}},
		{"did ridership go up", nil, []string{"Yes"}},
	})
}
