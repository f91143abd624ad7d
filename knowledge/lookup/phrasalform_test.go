package lookup

import "testing"

// hawksCoach is a short article written for this test, in no question
// set: a coach who "will stay" and an assistant who "will return", asked
// of with inflected phrasal verbs ("sticking around", "coming back") that
// WordNet lists only by their base forms.
const hawksCoach = `Hawks keep coach for another season

RIDGETON, Ind. (AP) — Coach Lena Marsh will stay with the Ridgeton Hawks through next season, the team said Monday.

Assistant coach Paul Greer will return to the club in March after a year at a college in Ohio.
`

// A phrasal verb is looked up by its base form ("sticking around": stick
// around, whose WordNet synonym "stay" the article writes), with a
// particle that closes the question ("around"), and the particle is then
// part of the verb, no term of its own.
func TestPhrasalVerbBaseForm(t *testing.T) {
	e := engineOf(t, hawksCoach)
	checkOpenings(t, e, []openingCase{
		{q: "is marsh sticking around", first: "Yes", want: []string{"will stay"}},
		{q: "is greer coming back", first: "Yes", want: []string{"will return"}},
	})
}
