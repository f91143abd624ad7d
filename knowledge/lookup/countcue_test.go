package lookup

import "testing"

// stampCollector is a short article written for this test, in no
// question set: a count stated for itself, and a partitive of the same
// noun later beside "find", a WordNet synonym of "count".
const stampCollector = `Retired teacher who gathered 40 rare stamps dies at 91

DOVER, Del. (AP) — Ruth Almeida, a retired teacher who collected 40 rare stamps over six decades, has died. She was 91.

She used a magnifier to find all 40 of her stamps at flea markets.
`

// "Count" in "stamp count?" is the cue that asks a number, as "how
// many" is, and no word the answer must hold: the count stated for
// itself answers, not the partitive.
func TestCountCue(t *testing.T) {
	e := engineOf(t, stampCollector)
	checkAnswers(t, e, []answerCase{
		{"stamp count?", []string{"40 rare stamps"}, []string{"40 of her stamps"}},
	})
}
