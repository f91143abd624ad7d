package lookup

import "testing"

// kennelFined is a short article written for these tests, in no question
// set: a fine whose "for" stands several words after the verb, a later
// sentence that names the fine only as a noun, and a suspension "for" a
// span.
const kennelFined = `State fines dog kennel over unsafe cages

SALEM, Ore. (AP) — The Oregon Department of Agriculture on Monday fined a Bend dog kennel $12,000 for keeping animals in rusted cages without water.

Owners of the kennel said the fine was far too high and would be appealed.

The state also suspended the kennel's license for 90 days after inspectors counted 41 dogs in space meant for 20.
`

// TestStrandedFor answers a what-question ending in "for" with the
// phrase after the "for" of the act, asked by its noun or its verb, not
// with the amount or the reaction that names the fine.
func TestStrandedFor(t *testing.T) {
	e := engineOf(t, kennelFined)
	checkOpenings(t, e, []openingCase{
		{"what was the fine for", "Keeping animals in rusted cages", nil, []string{"far too high"}},
		{"what was the kennel fined for on monday", "Keeping animals in rusted cages", nil, []string{"12,000."}},
	})
}
