package lookup

import "testing"

// ferryAground is a short article written for this test, in no question
// set: one count told of the day's event and one distributed over a day.
const ferryAground = `Ferry runs aground in Puget Sound; no serious injuries

BAINBRIDGE ISLAND, Wash. (AP) — A state ferry carrying 212 passengers ran aground off Bainbridge Island on Friday morning, and four people were treated for minor injuries, officials said.

The ferry, the Kittredge, normally carries about 1,500 passengers a day between the island and Seattle, according to Washington State Ferries.

Coast Guard Capt. Emily Roarke, 49, said the ship struck a sandbar in heavy fog.
`

// ferryRidership is a short article written for this test, in no
// question set: a rate told by an adjunct of its clause.
const ferryRidership = `Ferry fares to rise 5%

SEATTLE (AP) — Washington State Ferries will raise fares 5% in October, the agency said Tuesday.

The agency, which runs 21 ferries, says about 18 million people ride them each year.
`

// TestCountPeriod: "how many … a day" asks a rate, so "1,500 passengers a
// day" answers it and "212 passengers" aboard on Friday does not; a
// clause's "each year" distributes its figure as well; a count asked
// over no unit of time is not narrowed.
func TestCountPeriod(t *testing.T) {
	e := engineOf(t, ferryAground)
	checkOpenings(t, e, []openingCase{
		{"how many passengers does it carry a day", "About 1,500", nil, []string{"212"}},
		{"how many passengers does the ferry carry per day", "About 1,500", nil, []string{"212"}},
		{"how many people were hurt", "Four", nil, nil},
	})
	checkOpenings(t, engineOf(t, ferryRidership), []openingCase{
		{"how many people ride the ferries a year", "About 18 million", nil, nil},
	})
}
