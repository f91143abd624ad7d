package lookup

import "testing"

// mineShaft is a short article written for this test, in no question
// set: things dated by a decade after an origin verb, and by a year
// after "began" and "minted".
const mineShaft = `Old mine shafts to be sealed near Copper Hollow

COPPER HOLLOW, Mont. (AP) — State crews will seal three abandoned mine shafts above Copper Hollow this fall, near a new shaft that reaches 1,150 feet below the ridge, the Department of Environmental Quality said Tuesday.

The shafts, dug in the 1890s, are each about 300 feet deep and have filled with water.

A miners' picnic held each August began in 1936 and will go on as usual, organizers said.

Visitors still find trade tokens minted in 1902 near the old company store.
`

// A decade after an origin verb dates a thing ("dug in the 1890s"), and
// "began" and "minted" date it as "built" does; a year that no origin
// verb precedes ("this fall") dates nothing.
func TestOriginDecade(t *testing.T) {
	e := engineOf(t, mineShaft)
	checkAnswers(t, e, []answerCase{
		{"how old r the shafts", []string{"1890s"}, nil},
		{"how old is the picnic", []string{"1936"}, nil},
		{"how old are the tokens", []string{"1902"}, nil},
	})
	// the measure phrase before the dimension adjective asked states it
	// (dimensionof.go): "300 feet deep", not the lead's "1,150 feet below"
	checkOpenings(t, e, []openingCase{{"how deep r the old shafts", "About 300 feet", nil, nil}})
	s := &e.r.sents[2]
	if got := decadeSince(s, 1); got != "It was dug in the 1890s." {
		t.Errorf("decadeSince = %q", got)
	}
	if got := decadeSince(&e.r.sents[1], 0); got != "" {
		t.Errorf("decadeSince of a sentence with no decade = %q", got)
	}
}
