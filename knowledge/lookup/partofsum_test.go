package lookup

import "testing"

// TestWholeOfPartitiveSum checks that the sum after "part of" is the
// whole a part is taken from, not the part asked: the part in
// apposition after it answers.
func TestWholeOfPartitiveSum(t *testing.T) {
	e := engineOf(t, "Zoo gets $9 million for new aviary\n\nTOLLAND, Conn. (AP) — The Tolland Zoo has received $9 million from the state for a new aviary, zoo officials said Monday.\n\nPart of the $9 million, roughly $2 million, will be set aside for a fund for the birds' care.\n\nThe aviary is to open in 2027.\n")
	checkOpenings(t, e, []openingCase{
		{"how much is set aside for the fund", "Roughly $2 million", nil, nil},
		{"how much is going to the fund", "Roughly $2 million", nil, nil},
	})
}
