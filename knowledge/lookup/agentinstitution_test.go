package lookup

import "testing"

// coralSurvey is a short article written for this test, in no question
// set: two passives whose by-phrase names its agent by a class noun that
// a prepositional phrase ties to an institution, and one whose
// prepositional phrase after the agent is an adjunct of place.
const coralSurvey = `Reef survey finds coral recovering

KEY WEST, Fla. (AP) — Coral on a reef off the Florida Keys is growing back after a bleaching event two years ago, a new survey says.

The survey was paid for by the Reef Fund of Monroe County.

The samples were tested by scientists at the Marine Research Institute of Florida.

The boat was towed by a fisherman at a marina near the reef.
`

// A class noun's prepositional postmodifier naming an institution is
// part of the agent (Quirk et al., §17.37); one naming a place without a
// name of an organisation is left out.
func TestAgentWithInstitution(t *testing.T) {
	e := engineOf(t, coralSurvey)
	checkOpenings(t, e, []openingCase{
		{q: "who tested the samples", first: "Scientists at the Marine Research Institute of Florida."},
		{q: "who towed the boat", first: "A fisherman.", not: []string{"A fisherman at"}},
	})
}
