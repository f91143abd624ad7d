package lookup

import "testing"

// TestAnimalGroupSize checks, on a short article written for this test,
// that the figure after a collective noun of animals counts the animals
// its sentence names before it, though a participle with its own adjunct
// follows the figure ("a flock of 14 spotted on Mirror Lake"): the
// participle is a reduced relative clause, not the counted noun.
func TestAnimalGroupSize(t *testing.T) {
	e := engineOf(t, "Swans return to Mirror Lake\n\n"+
		"LAKE PLACID, N.Y. (AP) — Trumpeter swans, missing from the winter survey since 2009, came back this year in a flock of 14 spotted on Mirror Lake.\n\n"+
		"Volunteers also counted elk, which crossed the highway in a herd of 38 filmed by a state trooper.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many swans were spotted", first: "14"},
		{q: "how many elk were there", first: "38"},
	})
}
