package lookup

import "testing"

// kickerDeal is a short article written for this test, in no question
// set: two runs of words share the initials "gm", and only the later one
// ("general manager") is a compound the dictionary lists.
const kickerDeal = `Pelicans keep kicker Ames on three-year deal

LAKEVILLE (AP) — The Lakeville Pelicans signed kicker Otto Ames to a three-year, $9 million contract on Friday, with $5 million in guaranteed money.

Ames, 30, made 34 of 37 field goals last season.

"Otto wins us close games," general manager Carla Dunn said.
`

// TestInitialsOfListedCompound: "gm" stands for "general manager", the
// compound WordNet lists, not the earlier "guaranteed money".
func TestInitialsOfListedCompound(t *testing.T) {
	e := engineOf(t, kickerDeal)
	checkOpenings(t, e, []openingCase{
		{"who is the gm", "Carla Dunn", nil, nil},
	})
}
