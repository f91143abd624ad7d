package lookup

import "testing"

// grainElevator is a short article written for this test, in no
// question set: the lead dates the collapse, and a later sentence comes
// back to it by a participle ("the collapsed bins") under the time of
// the sentence before it in its paragraph.
const grainElevator = `Grain elevator collapses in Riverton

RIVERTON, Wyo. (AP) — A grain elevator collapsed early on March 3 in Riverton, spilling 40,000 bushels of wheat across a rail spur.

Nobody was hurt.

Inspectors visited the site on March 4. Two of the collapsed bins were empty.

Crews cleared the wheat from the rail spur on March 5.
`

// TestLeadOccasion checks that the lead's time dates the event the lead
// tells.
func TestLeadOccasion(t *testing.T) {
	e := engineOf(t, grainElevator)
	checkAnswers(t, e, []answerCase{
		{"what came first, the collapse or the inspectors visiting the site", []string{"Collapse came first (on March 3)"}, nil},
		{"what came first, the collapse or the crews clearing the wheat", []string{"Collapse came first (on March 3)"}, nil},
	})
}
