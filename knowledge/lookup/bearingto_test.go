package lookup

import "testing"

// ferryLanding is a short article written for this test, in no question
// set: distances told by a compass point after "to", and a length of a
// thing that is no distance.
const ferryLanding = `Ferry runs aground near Port Hallam

PORT HALLAM, Maine (AP) — A ferry carrying 40 passengers ran aground Sunday on a sandbar off Port Hallam, the Coast Guard said.

The passengers were taken to Belden Harbor, about 14 miles to the south, aboard a 60-foot fishing boat. The ferry's captain radioed for help from the bridge.
`

// "how far away" asks a distance, which "14 miles to the south" states;
// the boat's length is none.
func TestHowFarAwayByABearingAfterTo(t *testing.T) {
	e := engineOf(t, ferryLanding)
	checkOpenings(t, e, []openingCase{
		{q: "how far is belden harbor", first: "About 14 miles."},
		{q: "how far away were the passengers taken", first: "About 14 miles."},
	})
}
