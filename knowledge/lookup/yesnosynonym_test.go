package lookup

import "testing"

// lockGate is a short article written for these tests, in no question
// set: the act asked about is told by a WordNet synonym of the question's
// verb, which the article also uses elsewhere in another sense.
const lockGate = `Canal lock repairs close Erie route

LOCKPORT, N.Y. (AP) — Engineers found a cracked gate at Lock 35 on Monday. The crack did not stop at the hinge.

The state Canal Corporation halted boat traffic through the lock for a week.
`

// TestYesNoBySynonym checks that a yes/no question whose verb the article
// uses in another sentence is read once more with its synonyms before the
// reply settles for "does not say so".
func TestYesNoBySynonym(t *testing.T) {
	e := engineOf(t, lockGate)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{{q: "did the canal corporation stop boat traffic?", first: "Yes"}})
}
