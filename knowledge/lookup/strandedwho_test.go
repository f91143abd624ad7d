package lookup

import "testing"

// diner is a short article written for this test, in no question set:
// who-questions that strand their preposition, whose objects are a noun
// phrase of people and one with an appositive name.
const diner = `Diner owner marks 50 years behind the counter

LORAIN, Ohio (AP) — Gus Pappas opened the Main Street Diner in 1974 with $2,000 he had borrowed from cousins in Chicago.

Pappas came to Lorain from Greece in 1969 with his brother, Nikos, and worked at a steel mill for five years.
`

func TestStrandedWho(t *testing.T) {
	e := engineOf(t, diner)
	checkOpenings(t, e, []openingCase{
		{q: "who did he borrow from", first: "Cousins"},
		{q: "who did pappas come to lorain with", first: "Nikos"},
	})
}
