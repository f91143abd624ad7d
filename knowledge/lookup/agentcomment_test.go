package lookup

import "testing"

// ferryFund is a short article written for this test, in no question
// set: a passive's by-phrase names its agent by a class noun, and the
// sentence closes with its attribution after a comma.
const ferryFund = `Island ferry gets new engine

EASTPORT, Maine (AP) — The island ferry will run again next month after a new engine was installed last week.

The engine was paid for by a fishermen's cooperative, Harbor Master Lena Voss said.

The work was done by a boatyard crew, according to the town.
`

// A name after a comma that "said" follows opens the reporting clause
// (Quirk et al., §15.53): the agent is the noun phrase before the comma,
// not the source.
func TestAgentBeforeReportingClause(t *testing.T) {
	e := engineOf(t, ferryFund)
	checkOpenings(t, e, []openingCase{
		{q: "who paid for the engine", first: "A fishermen's cooperative", not: []string{"Lena Voss."}},
	})
}
