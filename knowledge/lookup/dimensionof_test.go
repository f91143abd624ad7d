package lookup

import "testing"

// minaQuake is a short article written for this test, in no question
// set: one sentence gives the epicenter's distance and the quake's
// depth, the depth by its noun.
const minaQuake = `Quake rattles Mina

MINA, Japan (AP) — A moderate earthquake rattled the port of Mina on Sunday, breaking windows but causing no injuries, officials said.

The quake struck 30 miles (48 kilometers) off the coast at a depth of 6 miles (10 kilometers).
`

// "At a depth of 6 miles" states the depth: it answers "how deep", and
// the other length of the sentence answers "how far", not the depth.
func TestDimensionNounStatesTheMeasure(t *testing.T) {
	e := engineOf(t, minaQuake)
	checkAnswers(t, e, []answerCase{
		{"how deep was the quake", []string{"6 miles."}, []string{"30 miles."}},
		{"how far off the coast was the quake", []string{"30 miles"}, []string{"6 miles."}},
	})
}
