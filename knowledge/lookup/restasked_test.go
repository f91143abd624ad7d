package lookup

import "testing"

// escapedGoats is a short article written for this test, in no question
// set: a group told in two parts, the second as "the other N" and as
// "the remaining N".
const escapedGoats = `Goats escape from county fair pen

SALEM, Ore. (AP) — Twenty goats escaped from a pen at the county fair Saturday, and workers caught eight of them by nightfall, fair officials said.

The other 12 have not been found.

The remaining animals at the fair were moved indoors and were not harmed, officials said.
`

// TestRestAsked: "the rest" and "the others" ask the part the article
// calls "the other N" or "the remaining N".
func TestRestAsked(t *testing.T) {
	e := engineOf(t, escapedGoats)
	checkOpenings(t, e, []openingCase{
		{"have they found the rest", "No", []string{"The other 12 have not been found"}, nil},
		{"were the others harmed", "No", []string{"remaining animals"}, nil},
	})
}
