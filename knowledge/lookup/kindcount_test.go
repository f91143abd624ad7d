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
