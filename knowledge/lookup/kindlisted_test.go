package lookup

import "testing"

// floodedTowns is a short article written for these tests, in no
// question set: two neighborhoods named as coordinated premodifiers of
// one plural noun, one of them also an entity of its own.
const floodedTowns = `River floods Iowa neighborhoods

CEDAR RAPIDS, Iowa (AP) — Police ordered the evacuation of the Maple Ridge and Oakdale neighborhoods on Monday as the Cedar River rose.

Maple Ridge was under four feet of water by evening.
`

// TestListedOfKind: "which neighborhoods" in the plural is answered by
// every name coordinated before the noun, not by the first place named.
func TestListedOfKind(t *testing.T) {
	e := engineOf(t, floodedTowns)
	checkAnswers(t, e, []answerCase{
		{"which neighborhoods were evacuated", []string{"Maple Ridge and Oakdale neighborhoods."}, []string{"Cedar River."}},
	})
}
