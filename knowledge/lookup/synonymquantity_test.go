package lookup

import "testing"

// ratedTwister is a short article written for this test, in no question
// set: a speed given only by its unit, and a word ("rated") that WordNet
// makes a synonym of "speed" in another sense.
const ratedTwister = `Tornado hits Kansas town

SALINA, Kan. (AP) — A tornado with winds of up to 120 mph hit Salina on Monday night, damaging 40 homes, officials said. Forecasters rated the storm an EF2.
`

// TestSynonymNotQuantity checks that "what was the wind speed" asks the
// measure in units of speed when the article writes the noun only through
// a synonym in another sense.
func TestSynonymNotQuantity(t *testing.T) {
	e := engineOf(t, ratedTwister)
	checkOpenings(t, e, []openingCase{
		{"what was the wind speed", "Up to 120 mph", nil, nil},
	})
}
