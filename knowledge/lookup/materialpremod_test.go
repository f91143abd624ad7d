package lookup

import "testing"

// TestMaterialPremodified: with no build verb telling it, the material of
// a thing is the material noun premodifying its noun ("a bronze plaque");
// "it" asks of the lead's opening noun phrase ("A granite marker"); a
// fluid premodifier ("water tower") is no material; "made of" right after
// the verb tells the material too.
func TestMaterialPremodified(t *testing.T) {
	e := engineOf(t, "Marker honors miners\n\nBUTTE, Mont. (AP) — A granite marker honoring 168 miners was unveiled Sunday near the old water tower.\n\nThe tower itself was built mostly of steel beams in 1912.\n\nA bronze plaque on the marker lists every name.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what's it made of", first: "Granite."},
		{q: "what is the plaque made of", first: "Bronze."},
		{q: "what's the tower made of", first: "Steel beams."},
	})
	if e.materialNoun("water") {
		t.Errorf("materialNoun(water) = true, want false: a fluid")
	}
}
