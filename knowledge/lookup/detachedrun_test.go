package lookup

import "testing"

// bakeryChain is a short article written for this test, in no question
// set: a detached participle clause whose participle is spelt as its base
// ("run") follows an adverb ("now"), and the body it is done to has no
// name.
const bakeryChain = `Bakery chain founder dies

SAN JOSE, Calif. (AP) — Maria Lopez, who founded a bakery chain, died Friday.

The chain, now run by her grandson Tom Reyes, employs about 300 people.
`

func TestDetachedRun(t *testing.T) {
	e := engineOf(t, bakeryChain)
	checkOpenings(t, e, []openingCase{
		{q: "who runs the chain", first: "Tom Reyes"},
		{q: "who runs the chain now", first: "Tom Reyes"},
	})
}
