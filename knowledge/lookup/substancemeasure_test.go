package lookup

import "testing"

// tugRaised is a short article written for this test, in no question
// set: a depth told by a measure partitive of water.
const tugRaised = `Salvage crews raise sunken tugboat

DULUTH, Minn. (AP) — Salvage crews on Thursday raised a tugboat that sank in 45 feet of water in the Duluth harbor last spring, the port authority said.

The tugboat, built in 1958, will be repainted and get a new engine.
`

// "in 45 feet of water" is how deep the tugboat lay, not how long it is.
func TestSubstanceDepthIsNoLength(t *testing.T) {
	e := engineOf(t, tugRaised)
	checkAnswers(t, e, []answerCase{
		{"how long is the tugboat", nil, []string{"45 feet"}},
		{"how deep did the tugboat sink", []string{"45 feet"}, nil},
	})
}
