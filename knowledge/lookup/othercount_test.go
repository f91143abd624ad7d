package lookup

import "testing"

// mapleCreamery is a short article written for this test, in no question
// set: a count whose cardinal stands before the postdeterminer "other"
// ("three other stores"), one before a comma and a name.
const mapleCreamery = `Creamery opens fifth store

BURLEY, Idaho (AP) — Maple Creamery opened a store in downtown Burley on Friday, the company said.

Maple Creamery, founded in 1994, has three other stores in Idaho.

Manager Lena Reyes said sales grew. Its ice cream is trucked to two other states, Reyes said.
`

func TestCountAfterOther(t *testing.T) {
	e := engineOf(t, mapleCreamery)
	checkAnswers(t, e, []answerCase{
		// "three other stores": "other" is no counted noun, "stores" is
		{"how many other stores does maple creamery have", []string{"Three other stores"}, nil},
		{"when was maple creamery founded", []string{"1994"}, nil},
		// the counted noun ends at the comma: "Reyes" is no proper modifier of it
		{"how many states is the ice cream trucked to", []string{"Two other states."}, []string{"Reyes."}},
	})
	checkWantOrRefused(t, e, []wantCase{{"how many trucks does the creamery own", ""}})
}
