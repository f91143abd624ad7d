package lookup

import "testing"

// bakeryFee is a short article written for these tests, in no question
// set: two business owners introduced by what they do ("who owns …",
// "who runs …") and never called "owner", and an official who is no
// owner of anything.
const bakeryFee = `Town adds parking fee downtown

ALDER BEND, Ore. (AP) — Alder Bend will charge $2 an hour to park downtown starting June 1, the City Council decided Monday.

Rosa Lindqvist, 44, who owns the Crescent Bakery, said the fee would keep shoppers away. "People will buy their bread somewhere else," Lindqvist said.

Omar Haddad, who runs a bicycle shop on Main Street, said he welcomed the change.

City Manager Paul Ennis said the fee would raise about $300,000 a year.
`

// TestAgentNounDescribesByVerb checks that an agent noun describes the
// person whose own words hold its verb ("the bakery owner" is the one
// "who owns the Crescent Bakery"), with a name before the head taken as
// part of the description, and that the name must be the person's own:
// "the council owner" is no one; a possessive name is a relation, not a
// description.
func TestAgentNounDescribesByVerb(t *testing.T) {
	e := engineOf(t, bakeryFee)
	checkAnswers(t, e, []answerCase{
		{"who is the bakery owner", []string{"Rosa Lindqvist"}, []string{"Haddad", "Ennis"}},
		{"how old is the bakery owner", []string{"44"}, nil},
		{"what did the bakery owner say", []string{"bread somewhere else"}, []string{"300,000"}},
		{"who is the council owner", nil, []string{"Lindqvist", "Haddad", "Ennis"}},
		// a head told by its verb needs every modifier: no owner is tied to the town
		{"what did the alder bend owner say", nil, []string{"bread"}},
		// a possessive name relates the owner to another; she owns no owner
		{"who is lindqvist's bakery owner", nil, []string{"Rosa Lindqvist."}},
	})
}
