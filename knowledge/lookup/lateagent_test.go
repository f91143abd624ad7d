package lookup

import "testing"

// lostHiker is a short article written for this test, in no question
// set: the lead tells the finding in the passive with no agent, under a
// headline in headlinese ("Hiker Found"), and the next sentence gives
// the agent at the end of its clause, after long adjuncts of place.
const lostHiker = `Missing hiker found alive

PORT ANGELES, Wash. (AP) — A hiker who went missing in the park was found alive Thursday, officials said.

Gary Lindqvist was found near a creek about four miles from the trail by a volunteer, Maria Kent.

His car was towed from the parking lot at the trailhead on Tuesday by the county.
`

// The passive's agent ends its clause, after adjuncts of any length
// (Quirk et al., §18.9), and a lead told in the passive has its subject
// as the one the act was done to, not its doer (§3.63).
func TestLateAgentAnswersWho(t *testing.T) {
	e := engineOf(t, lostHiker)
	checkOpenings(t, e, []openingCase{
		{q: "who found him", first: "Maria Kent", not: []string{"Gary Lindqvist."}},
		{q: "who towed his car", first: "The county"},
	})
}
