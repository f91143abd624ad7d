package lookup

import (
	"testing"

	"storybot/knowledge"
)

// stableRescue is a short article written for this test, in no question
// set: it counts horses and cooks, never ponies or chefs, and counts
// sedans beside the vehicles they are among.
const stableRescue = `Flood strands horses at county stable

DANVERS, Mass. (AP) — Rising water trapped seven horses in a stable near Danvers on Sunday, fire officials said.

A diner next door closed for the day, and its six cooks helped lead the animals to higher ground.

The flood also damaged 40 vehicles at a nearby lot, among them 12 sedans.
`

// bridgeTraffic is a short article written for this test: it writes
// "truck" but counts only vehicles.
const bridgeTraffic = `River bridge closed for repairs

CAIRO, Ill. (AP) — State officials closed a river bridge on Monday after inspectors found a cracked beam.

About 9,000 vehicles cross the bridge each day. Engineers said the crack came from years of heavy truck traffic.
`

func TestCountByBroaderTerm(t *testing.T) {
	e := engineOf(t, stableRescue)
	checkOpenings(t, e, []openingCase{
		{"how many ponies were trapped", "Seven horses", nil, nil},
		{"how many chefs helped", "Six cooks", nil, nil},
		// the article counts sedans themselves: the closer count answers
		{"how many sedans were damaged", "12 sedans", nil, nil},
	})
	// the story writes "truck" but counts only vehicles: no count of trucks
	if a := ask(t, engineOf(t, bridgeTraffic), knowledge.Question{Text: "how many trucks cross the bridge each day"}); a.Found {
		t.Errorf("the story counts vehicles, not the trucks it writes of, got:\n%s", a.Text)
	}
}
