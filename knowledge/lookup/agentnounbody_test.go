package lookup

import "testing"

// leveeBreach is a short article written for this test, in no question
// set: the people doing an act are named only by an agent noun and the
// organisation they come from.
const leveeBreach = `Levee breach floods Iowa farmland

LOUISA COUNTY, Iowa (AP) — A levee on the Iowa River gave way Monday night, flooding about 3,000 acres of corn and soybean fields, county officials said.

Investigators from the Federal Emergency Management Agency reached the breach Tuesday.

County Engineer Paula Brandt, 51, said the water should drain within a week.
`

// TestAgentNounBody: "Investigators from FEMA reached the breach" tells
// who is investigating it; a role the article gives a named person is still
// answered by that person.
func TestAgentNounBody(t *testing.T) {
	e := engineOf(t, leveeBreach)
	checkOpenings(t, e, []openingCase{
		{"who is investigating the breach", "Federal Emergency Management Agency", nil, nil},
		{"who is investigating", "Federal Emergency Management Agency", nil, nil},
		{"who is the county engineer", "Paula Brandt", nil, nil},
	})
}
