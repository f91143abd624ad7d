package lookup

import "testing"

// listonBarn is a short article written for this test, in no question set:
// its lead tells the fire only inside an "after" clause, as the cause of
// the clearing, and its paragraph closes by naming the fire's cause as
// unknown with the demonstrative "that blaze".
const listonBarn = `Fire destroys Liston fair barn

LISTON, Iowa (AP) — Volunteers cleared the county fairgrounds on Sunday after a fire destroyed the livestock barn. Forty goats were moved to a neighboring farm. The state marshal's office is still investigating the cause of that blaze.

The fair opens Aug. 2.
`

// An event told only inside another's "after" clause has no cause in
// that sentence; "the cause of that blaze" later in its paragraph is what
// is known of it, and answers first.
func TestCauseOfAnaphorLaterInParagraph(t *testing.T) {
	e := engineOf(t, listonBarn)
	checkOpenings(t, e, []openingCase{
		{q: "why did the barn burn", first: "The state marshal's office is still investigating", want: []string{"fire destroyed"}},
		{q: "why did the livestock barn burn down", first: "The state marshal's office is still investigating"},
	})
}
