package lookup

import "testing"

// parkBench is a short article written for this test, in no question
// set: a passive whose by-phrase names its agent by a collective noun
// WordNet files under no kind of person.
const parkBench = `Park gets new benches

DULUTH, Minn. (AP) — Twelve new benches were put in at Lakeside Park this week.

The benches were paid for by a neighborhood group, the city said.
`

// A collective noun of people is an agent (Quirk et al., §5.108).
func TestCollectiveAgent(t *testing.T) {
	e := engineOf(t, parkBench)
	checkOpenings(t, e, []openingCase{
		{q: "who paid for the benches", first: "A neighborhood group."},
	})
}
