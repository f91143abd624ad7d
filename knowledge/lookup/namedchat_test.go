package lookup

import "testing"

// A chat form inside one of the article's names is the name: "dakota
// tech" is the school, not a technician. The story is written for this
// test, in no question set.
func TestChatFormInsideName(t *testing.T) {
	e := engineOf(t, "Bison roll\n\nFARGO, N.D. (AP) — The Bison beat Dakota Tech 31-10 on Saturday for their sixth straight win.\n")
	checkOpenings(t, e, []openingCase{
		{q: "when did the bison play dakota tech", first: "On Saturday", not: []string{"technician"}},
	})
}
