package lookup

import "testing"

// keysReefDives is a short article written for this test and in no question
// set: a range of dates that stands far from its verb, after a
// postmodifier and a clause of time ("surveyed the reef from a research
// boat anchored off the island's western shore, when the tide was low,
// between March 2022 and June 2023").
const keysReefDives = "Divers find coral recovering off Florida Keys\n\n" +
	"KEY WEST, Fla. — Coral on a reef off Key West is growing back faster than expected, marine biologists said Thursday.\n\n" +
	"The team surveyed the reef from a research boat anchored off the island's western shore, when the tide was low, between March 2022 and June 2023.\n\n" +
	"About 30 percent of the coral had died in a heat wave, the team said.\n"

// TestOneTimePhraseDates: two times joined into one phrase ("between
// March 2022 and June 2023") are the sentence's one time, so they date
// its act however far from the verb they stand (coordinatedtime.go).
func TestOneTimePhraseDates(t *testing.T) {
	e := engineOf(t, keysReefDives)
	checkOpenings(t, e, []openingCase{
		{q: "when did they survey the reef", first: "Between March 2022 and June 2023"},
	})
}
