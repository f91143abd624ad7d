package lookup

import "testing"

// TestPossessorRole answers "which store" with the store the article
// names, not with the person it calls "the store's owner": a genitive
// names the possessor, not the person. The article is written for this
// test and is in no question set.
func TestPossessorRole(t *testing.T) {
	e := engineOf(t, `Rodeo draws record crowd

ABILENE, Kan. (AP) — The rodeo drew a record crowd on Saturday, the organizers said.

The $800 purse was paid by Dakin Mercantile, a farm and ranch store in Abilene. The store's owner, Roy Plaskett, said he has sponsored the rodeo for nine years.
`)
	checkOpenings(t, e, []openingCase{
		{"which store sponsored the rodeo", "Dakin Mercantile.", nil, nil},
	})
}
