package lookup

import "testing"

// openCompoundUnitStorm is a short article written for this test, in no
// question set: it counts a compound noun written hyphenated
// ("12 tractor-trailers") and writes the same compound open elsewhere
// ("A tractor trailer"), as wire copy often mixes the spellings.
const openCompoundUnitStorm = `Ice storm strands drivers on interstate

DES MOINES, Iowa (AP) — Freezing rain caused a crash of 30 vehicles, including 12 tractor-trailers, on Interstate 35 north of Des Moines on Tuesday, the Iowa State Patrol said.

A tractor trailer hauling road salt jackknifed first, troopers said.
`

// TestOpenCompoundUnit counts "tractor trailers", typed apart, by the
// article's hyphenated "tractor-trailers".
func TestOpenCompoundUnit(t *testing.T) {
	e := engineOf(t, openCompoundUnitStorm)
	checkOpenings(t, e, []openingCase{
		{q: "how many tractor trailers were there", first: "12 tractor-trailers"},
		{q: "how many tractor trailers crashed", first: "12 tractor-trailers"},
	})
}
