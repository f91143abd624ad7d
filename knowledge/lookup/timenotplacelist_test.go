package lookup

import "testing"

// A time phrase followed by ", and" and a clause whose subject is a name
// is no list of places: "Power was out Thursday, and Evergy said …" dates
// the outage "Thursday", not "Thursday, and Evergy". The article is
// written for this test and is in no question set.
func TestTimeTakesNoPlaceList(t *testing.T) {
	e := engineOf(t, "Storm cuts power\n\nGREENFIELD, Kan. (AP) — A storm hit the town on Wednesday.\n\n"+
		"Power was out for 1,900 customers Thursday morning, and Evergy said it expected to restore service by Saturday.\n")
	checkOpenings(t, e, []openingCase{
		{q: "when was power out", first: "Thursday morning.", not: []string{"Evergy."}},
	})
}
