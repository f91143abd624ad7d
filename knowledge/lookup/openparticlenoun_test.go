package lookup

import "testing"

// openParticleNounFog is a short article written for this test, in no
// question set: it writes the noun of the phrasal verb "pile up"
// hyphenated ("a pile-up") and never the verb alone.
const openParticleNounFog = `Fog blamed for pile-up on county highway

DOVER, Del. (AP) — A pile-up of 31 cars closed Route 9 near Dover for six hours on Monday after thick fog settled over the marshes, state police said.

Nine people were taken to a hospital with minor injuries, police said.
`

// TestOpenParticleNoun reads chat's open "pile up" as the article's
// hyphenated "pile-up", which it would otherwise find unsaid.
func TestOpenParticleNoun(t *testing.T) {
	e := engineOf(t, openParticleNounFog)
	checkOpenings(t, e, []openingCase{
		{q: "how many cars were in the pile up", first: "31 cars"},
		{q: "how long was the road closed after the pile up", first: "Six hours"},
	})
}
