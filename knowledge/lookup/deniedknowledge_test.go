package lookup

import "testing"

// wellCoins is a short article written for this test, in no question set:
// what researchers do not know ("do not know who", "it is unclear why"),
// beside what they state, and a sentence that asserts an act and leaves
// another open.
const wellCoins = `Farmer finds hoard of silver coins in old well

BRANLEY, Vt. (AP) — A farmer clearing an old well has found 212 silver coins, historians at Greenfield College said Monday.

Historians do not know who hid the coins in the well.

It is unclear why the owner never came back for them.

The coins were minted in Boston, said Dr. Lena Holt. Holt cleaned the coins, and she did not know whether the farmer had sold any of them.
`

func TestDeniedKnowledge(t *testing.T) {
	e := engineOf(t, wellCoins)
	checkOpenings(t, e, []openingCase{
		// a question of knowledge, denied: no
		{"do historians know who hid the coins", "No", []string{"do not know"}, nil},
		// "do they know why" asks the reason: the sentence that says it is unclear
		{"do they know why the owner never came back", "", []string{"unclear"}, []string{"Yes"}},
		// an act the sentence asserts outside the open question: yes, as before
		{"did holt clean the coins", "Yes", nil, nil},
	})
}
