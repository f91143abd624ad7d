package lookup

import "testing"

// stormRescue is a short article written for this test, in no question
// set: an unnamed woman whose age stands in commas after "The woman".
const stormRescue = `Woman rescued from flooded car

DOVER, Del. (AP) — Firefighters pulled a woman from a car stuck in floodwater on Tuesday, officials said.

The woman, 72, was treated for cold exposure and released, Fire Chief Omar Little said.
`

// "The woman, 72," gives her age, as "Jane Doe, 72," would.
func TestUnnamedAppositiveAge(t *testing.T) {
	e := engineOf(t, stormRescue)
	checkOpenings(t, e, []openingCase{
		{q: "how old was the woman", first: "72"},
	})
}
