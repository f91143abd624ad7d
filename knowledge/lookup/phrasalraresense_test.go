package lookup

import "testing"

// TestPhrasalVerbInRareSense: a phrasal verb the article does not write
// meets the article's one-word verb that WordNet files with it in a rarer
// sense of the pair, the verb's own first sense ("run out": "expire",
// lose validity), so "when did the lease run out" is dated by the
// sentence telling the lease expired, not by another "ending".
func TestPhrasalVerbInRareSense(t *testing.T) {
	e := engineOf(t, `Cafe closes on Main Street

ORLAND, Calif. (AP) — The Blue Kettle cafe on Main Street served its last customers Saturday, ending a long fight over its lease.

Owner Nell Farraday said the cafe's lease expired May 31. She said the landlord had doubled the rent.
`)
	checkAnswers(t, e, []answerCase{
		{"when did the lease run out", []string{"May 31"}, []string{"Saturday"}},
	})
}
