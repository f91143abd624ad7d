package lookup

import "testing"

// horseFoal is a short article written for this test, in no question
// set: the parents are named by one word each, as the complement of "is"
// after the role noun and in apposition after it.
const horseFoal = `Rare wild horse foal born at Montana refuge

HELENA, Mont. (AP) — A Przewalski's horse foal was born at the Prairie Wind refuge on Sunday, staff said.

The foal's mother, Tula, is 9. Its father is 12-year-old Bataar, who came from a Dutch breeding program in 2020.
`

func TestNameAsComplement(t *testing.T) {
	e := engineOf(t, horseFoal)
	checkOpenings(t, e, []openingCase{
		{q: "who is the father", first: "Bataar"},
		{q: "who is the mother", first: "Tula"},
	})
}
