package lookup

import "testing"

// TestCopulaDescription checks that "X is a …" at a sentence's opening
// describes X: the description asks for X, and what X is includes it;
// a copula after a name within a sentence ("said Ruth Kane is a …") is
// left alone.
func TestCopulaDescription(t *testing.T) {
	e := engineOf(t, "Bakery owner wins county seat\n\nLYNDON, Vt. (AP) — Ruth Kane won a seat on the Lyndon County board Tuesday, the county clerk said.\n\nRuth Kane is a retired pastry chef.\n\nShe takes office in January.\n")
	checkOpenings(t, e, []openingCase{
		{"who is the pastry chef", "Ruth Kane", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"who is ruth kane", []string{"retired pastry chef"}, nil},
	})
}
