package knowledge

import "testing"

// TestAndInAFirmsName: one capitalised word, "and", and two or more that
// end in a trade noun name one firm, not a person with no given name;
// two people's names stay people (firmand.go). The article is written
// for this test and is in no question set.
func TestAndInAFirmsName(t *testing.T) {
	text := "Bakery fire\n\n" +
		"AKRON, Ohio (AP) — A fire damaged a bakery on Elm Street on Monday, and Dunmore and Pike Roofing said it would repair the roof.\n\n" +
		"The owners, Karl and Amy Voss, thanked firefighters. Smith and Jones, two neighbors, called 911.\n"
	checkEntities(t, text, []entityCase{
		{name: "Dunmore and Pike Roofing", kind: Organisation, not: []string{"Pike Roofing"}},
		{name: "Amy Voss", kind: Person},
	})
}
