package lookup

import "testing"

// garageBreakIns is a short article written for this test, in no
// question set: two people charged, one given an age beside the name
// ("Jonah Pettit, 18,"), the other described by a different age, and no
// sentence that calls anyone "the 18-year-old".
const garageBreakIns = `Two charged in Ashby car break-ins

ASHBY, Ore. (AP) — Two teenagers were charged Monday with breaking into 12 cars in an Ashby parking garage, police said.

Jonah Pettit, 18, was charged with burglary. A 15-year-old girl was charged with theft in juvenile court.

Pettit was released on $2,000 bail.
`

// TestAgeDescribed reads "the 18-year-old" in a question as the one
// person the article gives that age, not as words it must hold.
func TestAgeDescribed(t *testing.T) {
	e := engineOf(t, garageBreakIns)
	checkOpenings(t, e, []openingCase{
		{q: "what was the 18-year-old charged with", first: "Burglary", not: []string{"15-year-old"}},
		{q: "how much was the 18-year-old's bail", first: "$2,000"},
		{q: "who is the 18-year-old", want: []string{"Jonah Pettit"}, not: []string{"never mentions"}},
	})
}
