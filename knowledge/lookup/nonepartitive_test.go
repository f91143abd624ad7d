package lookup

import "testing"

// harborSquall is a short article written for this test, in no question
// set: "None of" opens a partitive subject whose of-phrase puts the
// negative pronoun far before the verb it negates.
const harborSquall = `Squall capsizes sailboats at harbor regatta

NEWPORT, R.I. (AP) — A sudden squall capsized six sailboats during a youth regatta in Newport Harbor on Saturday, the harbor master said.

None of the 14 young sailors aboard the boats was hurt. Two of the boats sank near the breakwater.
`

func TestNonePartitiveSubject(t *testing.T) {
	e := engineOf(t, harborSquall)
	// "anyone" is not denied of everyone by a denial of the sailors
	// (restrictedDenial), but it must not be a Yes either
	checkOpenings(t, e, []openingCase{
		{q: "was anyone hurt", first: partialYesNo},
		{q: "were the sailors hurt", first: "No"},
		{q: "were any of the sailors hurt", first: "No"},
		{q: "did the boats sink", first: "Yes"},
	})
}
