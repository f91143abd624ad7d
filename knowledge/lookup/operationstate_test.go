package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// iceStorm is a short article written for this test, in no question set:
// each state is told by its opposite word or by a word WordNet links to
// the asked one only through its synsets.
const iceStorm = `Ice storm shuts mountain pass, halts rail service

DENVER (AP) — Berthoud Pass remains shut after an ice storm coated the road overnight, state officials said Tuesday.

Commuter rail service between Golden and Denver was suspended early Tuesday. The Golden ski shuttle, which was stopped Monday, resumed service Tuesday afternoon.

Organizers of the Snow Days fair canceled Wednesday's winter carnival, but the county library stayed open. The rink on the fair's east side reopened. The north lot stayed idle while the south lot kept working. A travel advisory remains in effect.
`

// TestOperationState: "is X open/running/on" is answered No from the
// opposite state ("remains shut", "was suspended", "canceled X") and Yes
// from its own ("stayed open", "resumed service", "in effect").
func TestOperationState(t *testing.T) {
	e := engineOf(t, iceStorm)
	checkOpenings(t, e, []openingCase{
		{"is berthoud pass open", "No", []string{"shut"}, nil},
		{"is commuter rail running", "No", []string{"suspended"}, nil},
		{"is the ski shuttle running again", "Yes", []string{"resumed"}, nil},
		{"is the carnival still on", "No", []string{"canceled"}, nil},
		{"is the library open", "Yes", []string{"stayed open"}, nil},
		{"is the north lot working", "No", []string{"idle"}, nil},
		{"is the south lot open", "Yes", []string{"kept working"}, nil},
		{"has the advisory been lifted", "No", []string{"in effect"}, nil},
		{"did they cancel the carnival", "Yes", []string{"canceled"}, nil},
		{"did the library close", "No", []string{"stayed open"}, nil},
		{"has berthoud pass reopened", "No", []string{"shut"}, nil},
	})
	// the fair's organizers canceled another thing, and the rink on the
	// fair's side is another thing again: neither states the fair's state;
	// the shuttle that resumed had stopped before
	for _, q := range []string{"is the fair still on", "did the ski shuttle stop"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(a.Text, "No") || strings.HasPrefix(a.Text, "Yes — The rink") {
			t.Errorf("%q: no state stated denies it:\n%s", q, a.Text)
		}
	}
}
