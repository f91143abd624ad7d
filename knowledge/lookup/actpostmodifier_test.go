package lookup

import "testing"

// trainInspected is a short article written for this test, in no question
// set: the act asked named only in a participle postmodifier of a
// sentence whose time dates its own verb.
const trainInspected = `Freight train derails near Halden

HALDEN, Mont. (AP) — Nine cars of a freight train left the tracks near Halden, railroad officials said. The locomotive involved in the derailment passed a federal inspection in March, spokesman Rob Tull said.
`

func TestPostmodifierActIsNotDatedByItsClause(t *testing.T) {
	checkAnswers(t, engineOf(t, trainInspected), []answerCase{
		// March dates the inspection, not the derailment
		{"when did the locomotive derail", nil, []string{"March."}},
		// the act of the finite verb keeps its time
		{"when did the locomotive pass a federal inspection", []string{"March"}, nil},
	})
}
