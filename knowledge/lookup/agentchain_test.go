package lookup

import "testing"

// millBridge is a short article written for this test, in no question
// set: two coordinated participles, each with its own time, the second
// after its agent phrase.
const millBridge = `County to tear down closed mill bridge

HARLAN, Iowa (AP) — The Mill Creek bridge, built in 1932 and closed by the state transportation department in 2019, will be torn down next spring, county officials said Tuesday.

The one-lane steel bridge carried about 300 cars a day before it was closed.
`

func TestAgentPhraseBeforeTime(t *testing.T) {
	e := engineOf(t, millBridge)
	checkOpenings(t, e, []openingCase{
		// the time after the agent phrase dates the participle before it
		{"when was the bridge closed", "In 2019.", nil, nil},
		{"when did the state close the bridge", "In 2019.", nil, nil},
		{"when was the bridge built", "In 1932.", nil, nil},
	})
}
