package lookup

import "testing"

// "How many deer" counts deer though "deer" is written as its singular
// (a zero plural, Quirk et al. 1985, §5.87): "14 elk" are deer, the
// elk's nearest broader term in WordNet.
func TestZeroPluralCounted(t *testing.T) {
	e := engineOf(t, "Drivers warned of deer\n\nBEND, Ore. (AP) — Drivers struck 14 elk on Highway 97 near Bend last month, and state officials said the deer crossing signs would be moved.\n")
	if e.noLex {
		t.Skip("no WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many deer were struck", first: "14"},
	})
}
