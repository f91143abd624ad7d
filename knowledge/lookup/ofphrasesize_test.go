package lookup

import "testing"

// ferryBatch is a short article written for this test, in no question
// set: a size given as the count of an of-phrase ("a batch of 12
// ferries"), a postmodifier after the counted noun ("within weeks"), and
// another count of people nearby.
const ferryBatch = `Shipyard wins contract for new ferries

MOBILE, Ala. (AP) — A Gulf Coast shipyard said Tuesday it had won a second batch of 12 ferries within weeks of the first.

"We're a crew of 40 people," said yard manager Ruth Alder.

The ferries will carry passengers across Mobile Bay.
`

// "How big is the second batch" is answered by the count in the batch's
// of-phrase, counting ferries (the noun before "within", not weeks), nor
// the crew.
func TestOfPhraseSize(t *testing.T) {
	e := engineOf(t, ferryBatch)
	checkOpenings(t, e, []openingCase{
		{"how big is the second batch", "12 ferries.", nil, []string{"40 people"}},
	})
}
