package lookup

import "testing"

// ferryRescue is a short article written for this test, in no question
// set: acts dated only by a singular span from another ("about an hour
// later", "a minute earlier").
const ferryRescue = `Ferry passengers rescued

BAYPORT, Maine (AP) — A ferry lost power in heavy seas, and the Coast Guard reached it about an hour later. A minute earlier, the captain had sent a distress call.
`

func TestSingularSpanDatesAnAct(t *testing.T) {
	e := engineOf(t, ferryRescue)
	checkOpenings(t, e, []openingCase{
		{"when did the coast guard reach the ferry", "About an hour later", nil, nil},
		{"when did the captain send a distress call", "A minute earlier", nil, nil},
	})
}
