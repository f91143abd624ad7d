package lookup

import "testing"

// kiteFestival is a short article written for this test, in no question
// set: a count of the people asked about and, later, one man's
// possessed count of a kind of person.
const kiteFestival = `Kite festival draws crowds to Lakeside beach

LAKESIDE, Mich. (AP) — Hundreds of kites filled the sky over Lakeside beach on Sunday for the town's annual kite festival.

About 4,500 people came to the beach to watch the kites, organizers said. "We drove up from Toledo," said Mark Fenner, who came with his three daughters.

The festival ends Monday.
`

// "How many people came to watch" asks about all who came: the count
// of people, not one father's "his three daughters".
func TestAskedNounBeforeShare(t *testing.T) {
	e := engineOf(t, kiteFestival)
	checkOpenings(t, e, []openingCase{
		{"how many people came to watch", "About 4,500", nil, []string{"daughters"}},
	})
}
