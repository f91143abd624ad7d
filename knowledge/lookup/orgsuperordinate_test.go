package lookup

import "testing"

// libraryCuts is a short article written for this test, in no question
// set: an organisation named in full, then its officer described only by
// "the group's" title, the way news writing calls an organisation on
// second reference by a broader noun.
const libraryCuts = `County board cuts library hours

MERCER, Pa. (AP) — The Mercer County Board of Commissioners voted 2-1 on Monday to close the county's six branch libraries on Sundays, saving about $180,000 a year.

The Mercer Library Friends Association, which raises money for the branches, opposed the cut. "Sunday is the only day many working parents can bring their kids," said Dana Whitlow, 52, the group's president.

Commissioner Ray Bolden, who voted for the cut, said the county faces a $2.4 million shortfall.
`

func TestSuperordinateNamesTheOrganisation(t *testing.T) {
	e := engineOf(t, libraryCuts)
	checkOpenings(t, e, []openingCase{
		// "the group's president" is the association's: WordNet files an
		// association under organization, and so under group
		{"what did the mercer library friends association say", "", []string{"only day many working parents"}, nil},
	})
}

// busContract is a short article written for this test, in no question
// set: a union named in full, then its spokesman described "for the
// organization".
const busContract = `Transit workers approve contract

DAYTON, Ohio (AP) — Bus drivers in Dayton approved a three-year contract Thursday that raises wages 11%, ending talks that began in March.

The Miami Valley Transit Workers Union said 84% of its members voted yes. "Our drivers held the line and it paid off," said Luis Ortega, 45, a spokesman for the organization.

The transit authority's board will vote on the deal next week.
`

func TestSuperordinateNamesTheUnion(t *testing.T) {
	checkOpenings(t, engineOf(t, busContract), []openingCase{
		// "the organization" is the union: WordNet's union is a kind of organization
		{"what did the miami valley transit workers union say", "", []string{"held the line"}, nil},
	})
}
