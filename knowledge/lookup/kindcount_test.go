package lookup

import "testing"

// ferryFire is a short article written for this test, in no question
// set: counts of two kinds of person coordinated in one noun phrase.
const ferryFire = `Fire forces ferry back to Port Ellis

PORT ELLIS, Wash. (AP) — A ferry carrying 212 passengers and 14 crew members turned back to Port Ellis on Sunday after a fire broke out in its engine room, the Coast Guard said.

Two crew members were treated for smoke inhalation.
`

// "How many people" of "212 passengers and 14 crew members" asks the sum
// of the kinds of person coordinated (Quirk et al., ch. 13; WordNet 3.0
// files both under person); a question counting one kind asks it alone.
func TestCoordinatedKindsSummed(t *testing.T) {
	e := engineOf(t, ferryFire)
	checkAnswers(t, e, []answerCase{
		{"how many people were on the ferry", []string{"226", "212 passengers and 14 crew members"}, nil},
		{"how many passengers were on the ferry", []string{"212"}, []string{"226"}},
		{"how many crew members were treated", []string{"Two"}, []string{"226", "16"}},
	})
}

// The first count's of-phrase may stand between the coordinated kinds:
// "26 members of the speech team and three adult chaperones" are 29
// people, and a count of one kind is still that kind alone.
func TestCoordinatedKindsAfterOfPhrase(t *testing.T) {
	e := engineOf(t, "Bus slides off icy road\n\nKIMBALL, Neb. (AP) — The school bus was carrying 26 members of the Pine Bluffs High School speech team and three adult chaperones when it slid into a ditch Friday, the sheriff said.\n")
	checkAnswers(t, e, []answerCase{
		{"how many people were on the bus", []string{"29 people", "26 members of the Pine Bluffs High School speech team and three adult chaperones"}, nil},
		{"how many chaperones were on the bus", []string{"three adult chaperones"}, []string{"29"}},
	})
}
