package lookup

import "testing"

// divers is a short article written for this test, in no question set:
// an act told whole without a time ("have since recovered"), beside
// dated acts that share some of its words, and an act told whole with
// its time.
const divers = `Divers raise cannon from lake wreck

BURLINGTON, Vt. (AP) — Divers raised an iron cannon on Saturday from a gunboat that sank in Lake Champlain in 1776.

Volunteers have since recovered two more cannonballs from the silt. The state museum will put a cannonball on display in June.
`

// TestUndatedWholeActRefuses checks that when the article tells the
// asked act whole and undated, the time of a sentence telling only part
// of it is not given as the act's, while an act told whole with its time
// still answers.
func TestUndatedWholeActRefuses(t *testing.T) {
	e := engineOf(t, divers)
	checkWantOrRefused(t, e, []wantCase{
		{"when did they recover the cannonballs", ""},
		{"when will the museum display a cannonball", "June"},
		{"when did divers raise the cannon", "Saturday"},
		{"when did the gunboat sink", "1776"},
	})
}
