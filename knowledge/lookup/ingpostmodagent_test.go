package lookup

import "testing"

// ravineRescue is a short article written for this test, in no question
// set: each passive's agent is a group or person noun postmodified by an
// -ing participle clause.
const ravineRescue = `Climbers rescued from ravine

DENVER (AP) — Two climbers were rescued Sunday after a night in a ravine, officials said.

The pair were spotted by a helicopter crew flying a search pattern above the ravine.

Their car was towed from the trailhead by a driver working for Summit Towing.
`

// An -ing participle clause postmodifies the agent noun before it
// (Quirk et al. 1985, §17.28–17.30), so the agent's head is that noun.
func TestIngPostmodifiedAgentAnswersWho(t *testing.T) {
	e := engineOf(t, ravineRescue)
	checkOpenings(t, e, []openingCase{
		{q: "who spotted them", first: "A helicopter crew"},
		{q: "who towed their car", first: "A driver working for Summit Towing"},
	})
}
