package lookup

import "testing"

// A noun the article writes only as another noun's classifier is not
// said to be had or there: "the fire department" tells of no fire. The
// story is written for this test, in no question set.
func TestClassifierNounNoVerdict(t *testing.T) {
	e := engineOf(t, "Pipe floods library basement\n\nDUNMORE, Pa. (AP) — A burst pipe flooded the basement of the Dunmore library on Sunday.\n\nCrews from the borough's fire department pumped out the water.\n")
	checkOpenings(t, e, []openingCase{
		{q: "was there a fire", first: "The article does not say so."},
	})
}
