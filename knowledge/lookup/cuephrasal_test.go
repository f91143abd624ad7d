package lookup

import "testing"

// trawlerReturn is a short article written for this test, in no question
// set: an act told by "returned", beside the particle "back" in other
// phrasal verbs ("pushed back", "held back").
const trawlerReturn = `Missing trawler crew safe after storm

NEW BEDFORD, Mass. (AP) — The five-man crew of the trawler Sea Hawk returned to port on Thursday, two days after losing radio contact during a storm, the Coast Guard said.

The owner pushed back the crew's next trip to Monday, and forecasters held back a gale warning until Friday.
`

// "Come back" is the phrasal verb "return", not the cue "come" with a
// particle of its own: it meets "returned", not "pushed back".
func TestCueVerbPhrasal(t *testing.T) {
	e := engineOf(t, trawlerReturn)
	checkOpenings(t, e, []openingCase{
		{"when did the crew come back", "On Thursday.", nil, []string{"Monday", "Friday"}},
		{"when did the crew come back to port", "On Thursday.", nil, []string{"Monday", "Friday"}},
	})
}
