package lookup

import "testing"

// earningsSlide is a short article written for this test, in no question
// set: the causes of two changes are told in -ed clauses after them, and
// a fall is told by a particle before its figure, with no comma.
const earningsSlide = `Harlan Foods profit falls as egg prices bite

CHICAGO (AP) — Harlan Foods said Tuesday its quarterly profit fell 22%, hurt by soaring egg prices, sending its shares down nearly 9% in morning trading.

Revenue rose 3% to $1.14 billion, helped by higher prices.

Harlan, founded in 1924 by Walter Harlan, sells frozen breakfast sandwiches.
`

// The agent of an -ed clause after a clause of change is its cause.
func TestCausalParticiple(t *testing.T) {
	checkOpenings(t, engineOf(t, earningsSlide), []openingCase{
		{q: "why did profit drop", first: "CHICAGO (AP) — Harlan Foods said Tuesday its quarterly profit fell 22%, hurt by"},
		{q: "why did revenue go up", first: "Revenue rose 3%"},
	})
}

// "Down nearly 9%" is a fall, so it answers no question of a rise.
func TestChangeParticleWithoutComma(t *testing.T) {
	e := engineOf(t, earningsSlide)
	checkWantOrRefused(t, e, []wantCase{{q: "how much did the shares go up"}})
	checkOpenings(t, e, []openingCase{{q: "how much did the shares fall", first: "Nearly 9%"}})
}
