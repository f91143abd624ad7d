package lookup

import "testing"

// A count restates the headline's only when it counts the same noun
// ("four months" and "four counts" restate no "four counties"), and a
// noun in -y is no form of the noun without it (counties are not
// counts). The article is written for this test and is in no question
// set.
func TestHeadlineCountRestatedBySameNoun(t *testing.T) {
	e := engineOf(t, "Arsonist suspected in fires across four counties\n\nBOISE, Idaho - Police on Monday arrested a man they say set grass fires for four months.\n\n"+
		"Dale Ruck, 41, is charged with four counts of arson in Ada County.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many counties", first: "Four counties"},
	})
}
