package lookup

import "testing"

// swimmerPulledOut is a short article written for this test, in no question
// set: two people the article never names, each described by a definite
// role noun and an indefinite appositive.
const swimmerPulledOut = `Ferry crew pulls swimmer from bay

PORT ANGELES, Wash. (AP) — A ferry crew pulled a swimmer from the bay Sunday, the Coast Guard said.

The swimmer, a 34-year-old dentist from Sequim, and her brother, a 29-year-old welder, were cold but unhurt.

Capt. Rosa Imbert said the rescue took 12 minutes.
`

// The appositive after an unnamed person's role noun gives their age,
// their hometown and what they are.
func TestUnnamedPersonsAppositive(t *testing.T) {
	e := engineOf(t, swimmerPulledOut)
	checkOpenings(t, e, []openingCase{
		{q: "how old was the swimmer", first: "34"},
		{q: "how old is her brother", first: "29"},
		{q: "where's the swimmer from", first: "From Sequim"},
		{q: "who was the swimmer", first: "A 34-year-old dentist from Sequim", not: []string{"Imbert"}},
		{q: "what does the brother do", first: "A 29-year-old welder"},
	})
	checkWantOrRefused(t, e, []wantCase{{"what's the swimmer's name", ""}})
}
