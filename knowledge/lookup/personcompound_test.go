package lookup

import "testing"

// caveRescue is a short article written for this test, in no question
// set: groups sized by compounds of a number and a noun for a person,
// a crowd counted in people in a sentence that names one of the groups,
// and a count of the people a company employs.
const caveRescue = `Divers reach cavers trapped by flooding in Tennessee

SPARTA, Tenn. (AP) — A four-woman caving team trapped by floodwater in a Tennessee cave was reached by divers on Sunday, officials said.

About 150 people gathered at the cave mouth to cheer the rescue team. A six-diver rescue team from Knoxville had worked through the night.

A three-judge panel of the state caving club will review the trip. The outfitter that led the trip employs 40 people.
`

// TestPersonCompoundCount checks that a compound of a number and a noun
// for a person counts the people of the group it premodifies, ahead of a
// count of other people beside the group's name, and that with no group
// named the compound does not displace a count of the people asked.
func TestPersonCompoundCount(t *testing.T) {
	e := engineOf(t, caveRescue)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many people were on the rescue team", first: "Six"},
		{q: "how many people were on the panel", first: "Three"},
		{q: "how many women were trapped", first: "Four"},
		{q: "how many people work for the outfitter", first: "40"},
	})
}
