package lookup

import "testing"

// lumpSumWinner is a short article written for this test, in no question
// set: a sum whose head noun ("option") is classed by a hyphenated
// compound modifier ending in the noun asked ("lump-sum").
const lumpSumWinner = `Nurse claims $300 million jackpot

DES MOINES, Iowa (AP) — A nurse from Ames claimed a $300 million Powerball jackpot on Monday, lottery officials said.

She chose the lump-sum option of $141 million before taxes instead of 30 annual payments.
`

// TestCompoundModifierHead checks that "the lump sum" is answered by the
// sum of "the lump-sum option", not refused as another thing's figure.
func TestCompoundModifierHead(t *testing.T) {
	e := engineOf(t, lumpSumWinner)
	checkOpenings(t, e, []openingCase{
		{"how much is the lump sum", "$141 million", nil, nil},
		{"how big was the jackpot", "$300 million", nil, nil},
	})
}
