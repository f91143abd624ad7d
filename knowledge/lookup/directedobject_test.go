package lookup

import "testing"

// toledoNotice is a short article written for this test, in no question
// set: acts told only as what officials urged or asked of someone, with
// the one urged or asked between the directive verb and its infinitive,
// and one act told as done.
const toledoNotice = `Boil-water notice issued after main break in Toledo

TOLEDO, Ohio (AP) — A water main broke under a downtown street early Monday, and city officials urged residents not to drink tap water until further notice.

The county health department advised landlords of older buildings to flush their pipes.

Crews repaired the main by Tuesday afternoon, said Utilities Director Sam Kowal.
`

// A directive verb's object and the infinitive's own object belong to
// the act it directs (Quirk et al. 1985, §16.52, §16.38), and a directive
// does not assert the act (Karttunen 1971): "urged residents not to drink
// tap water" answers neither Yes nor No to "did residents drink tap
// water"; an act told as done still answers Yes.
func TestDirectedObjectNoVerdict(t *testing.T) {
	e := engineOf(t, toledoNotice)
	checkOpenings(t, e, []openingCase{
		{q: "did residents drink the tap water", first: partialYesNo},
		{q: "did landlords flush their pipes", first: partialYesNo},
		{q: "did crews repair the main", first: "Yes"},
	})
}
