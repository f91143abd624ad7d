package lookup

import "testing"

// sawmillFire is a short article written for this test, in no question
// set: a headline that drops the article before a place name premodifying
// the noun for the place ("at Oregon sawmill"), and a lead that names the
// place only by its kind.
const sawmillFire = `Fire at Oregon sawmill injures 3

SWEET HOME, Ore. (AP) — A fire at a sawmill injured three workers Monday, officials said.

The workers were taken to a hospital in Albany.
`

// A headline's "at Oregon sawmill" is at an Oregon sawmill: the name
// premodifies the head noun, so the place is the whole noun phrase, not
// the state alone.
func TestArticlelessPlaceHead(t *testing.T) {
	e := engineOf(t, sawmillFire)
	checkOpenings(t, e, []openingCase{
		{"where was the fire", "At Oregon sawmill.", nil, nil},
		// the goal of "taken" is the whole noun phrase the town locates
		// (conveyverb.go, Levin 1993, §11.3), the town within it
		{"where were the workers taken", "A hospital in Albany.", nil, nil},
	})
}
