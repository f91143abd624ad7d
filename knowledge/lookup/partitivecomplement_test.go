package lookup

import "testing"

// TestPartitiveComplement checks, on a short article written for this
// test, that the part of an of-partitive counts the class its subject
// complement names ("Five of the dead were children": five children),
// while a complement with the set's own noun adds nothing and a
// participle or place names no class.
func TestPartitiveComplement(t *testing.T) {
	e := engineOf(t, "Flood kills 14 in river town\n\n"+
		"MILLTOWN, Ky. (AP) — A flash flood swept through the river town of Milltown on Sunday, killing 14 people and destroying 60 homes, officials said.\n\n"+
		"Five of the dead were children, the county coroner, Ann Bell, said. About two dozen of the rescuers were volunteers from nearby towns.\n\n"+
		"Nine of the damaged homes were rentals. Three of the rescuers were hurt.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many children died", first: "Five"},
		{q: "how many volunteers were among the rescuers", first: "About two dozen"},
		{q: "how many rentals were damaged", first: "Nine"},
		{q: "how many people died", first: "14"},
	})
}
