package lookup

import "testing"

// grassFireInjury is a short article written for this test, in no
// question set: one injury told, then "no other injuries".
const grassFireInjury = `Grass fire burns 300 acres near Yakima

YAKIMA, Wash. (AP) — A grass fire burned about 300 acres east of Yakima on Monday before crews stopped it, officials said.

One firefighter suffered a sprained ankle and was treated at the scene, fire chief Dana Ruiz said. No other injuries were reported.

The cause is under investigation.
`

// TestNoOtherDenial: "no other injuries" presupposes the injury told
// before it, so "was anyone hurt" is a Yes with both sentences.
func TestNoOtherDenial(t *testing.T) {
	e := engineOf(t, grassFireInjury)
	checkOpenings(t, e, []openingCase{
		{"was anyone hurt", "Yes", []string{"sprained ankle"}, nil},
		{"did anyone get hurt", "Yes", []string{"sprained ankle"}, nil},
	})
}
